/**
 * Flattens a DOM subtree's visible main text into one string the detector can read, keeping
 * every text node's offset so matches map back to Ranges. It walks the tree directly
 * (works on a real DOM and on linkedom alike), skips what a reader never sees as article text
 * (scripts, styles, navigation, asides, form controls, editable regions, hidden subtrees and the
 * extension's own host), puts a line break between blocks so words never run together, and
 * records header/footer/related-links/comment regions as boilerplate zones.
 */
import type { Zone } from '../detect/types';

/** Page text with the text nodes it came from; `starts[i]` is the offset of `nodes[i]`. */
export interface TextMap {
  text: string;
  nodes: Text[];
  starts: number[];
  zones: Zone[];
}

export interface TextMapOptions {
  /** Stop after this many text nodes (huge pages). */
  maxNodes?: number;
  /** Stop once the text has this many characters (huge pages). */
  maxChars?: number;
  /** Extra exclusion, e.g. elements hidden by computed style in a real browser. */
  skip?: (el: Element) => boolean;
}

const SKIPPED = new Set([
  // Code and markup, never page text (the gate leaves them out too: src/page/gate-reader.ts).
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'aside',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'iframe',
  'canvas',
  'video',
  'audio',
  'object',
  'dprk-labor-lens',
  'head',
  'title',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'body',
]);
const BOILERPLATE_ROLES = new Set(['banner', 'contentinfo', 'complementary', 'navigation']);
const BOILERPLATE_NAME =
  /(?:^|[-_\s])(?:related|recommend\w*|comments?|footer|sidebar|share|social|promo|newsletter|most-?read|popular|trending|breadcrumbs?|tags|more-stories|outbrain|taboola)(?:[-_\s]|$)/i;

/**
 * Element names are read as `localName` (lower case, no new string per element) and
 * attributes only on elements that have any: on a page of 100,000 elements each property read
 * counts, and most elements (paragraphs, spans, links) carry none of the attributes looked at.
 */
function isSkipped(el: Element, tag: string, options: TextMapOptions): boolean {
  if (SKIPPED.has(tag)) return true;
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
  }
  return options.skip?.(el) ?? false;
}

function isBoilerplate(el: Element, tag: string): boolean {
  if (tag === 'footer') return true;
  if (tag === 'header' && !el.parentElement?.closest('article, main')) return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role !== null && BOILERPLATE_ROLES.has(role)) return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return name.trim() !== '' && BOILERPLATE_NAME.test(name);
}

/** A text map being built: {@link advance} walks on, {@link result} is the map so far. */
interface TextMapWalk {
  /** Visits up to `steps` more nodes; true once the whole tree has been walked. */
  advance(steps: number): boolean;
  result(): TextMap;
}

/**
 * Pieces of text joined into one chunk at the end of a step run: the last join of a huge page
 * then puts together a few hundred chunks instead of 200,000 pieces (on the 5 MB page of
 * `npm run bench:page`, 16–22 ms instead of 25–30 ms, in one task).
 */
const PARTS_PER_CHUNK = 1024;

function startTextMap(root: Element, options: TextMapOptions): TextMapWalk {
  const chunks: string[] = [];
  let parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const zones: Zone[] = [];
  const maxNodes = options.maxNodes ?? Number.POSITIVE_INFINITY;
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  let length = 0;
  let breakPending = false;
  let zoneOwner: Element | null = null;
  let zoneStart = 0;
  const enter = (el: Element, tag: string): void => {
    if (BLOCKS.has(tag)) breakPending = length > 0;
    if (zoneOwner === null && isBoilerplate(el, tag)) {
      zoneOwner = el;
      zoneStart = length;
    }
  };
  const leave = (el: Element): void => {
    if (BLOCKS.has(el.localName)) breakPending = length > 0;
    if (zoneOwner === el) {
      if (length > zoneStart) zones.push({ start: zoneStart, end: length, kind: 'boilerplate' });
      zoneOwner = null;
    }
  };
  let n: Node | null = root.firstChild;
  const advance = (steps: number): boolean => {
    for (let step = 0; step < steps; step++) {
      if (n === null || nodes.length >= maxNodes || length >= maxChars) return true;
      let descend = false;
      if (n.nodeType === 3) {
        const value = (n as Text).data;
        if (value.length > 0) {
          if (breakPending) {
            parts.push('\n');
            length += 1;
            breakPending = false;
          }
          nodes.push(n as Text);
          starts.push(length);
          parts.push(value);
          length += value.length;
        }
      } else if (n.nodeType === 1 && !isSkipped(n as Element, (n as Element).localName, options)) {
        enter(n as Element, (n as Element).localName);
        if (n.firstChild) descend = true;
        else leave(n as Element);
      }
      if (descend) {
        n = n.firstChild;
        continue;
      }
      while (n !== null && n !== root && n.nextSibling === null) {
        n = n.parentNode;
        if (n !== null && n !== root) leave(n as Element);
      }
      n = n === null || n === root ? null : n.nextSibling;
    }
    if (parts.length >= PARTS_PER_CHUNK) {
      chunks.push(parts.join(''));
      parts = [];
    }
    return n === null || nodes.length >= maxNodes || length >= maxChars;
  };
  const result = (): TextMap => {
    const open =
      zoneOwner !== null && length > zoneStart
        ? [{ start: zoneStart, end: length, kind: 'boilerplate' as const }]
        : [];
    if (parts.length > 0) chunks.push(parts.join(''));
    parts = [];
    return { text: chunks.join(''), nodes, starts, zones: [...zones, ...open] };
  };
  return { advance, result };
}

/** Builds the text map of `root`'s visible text. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const walk = startTextMap(root, options);
  walk.advance(Number.POSITIVE_INFINITY);
  return walk.result();
}

/** Options of {@link buildTextMapInSlices}. */
export interface SlicedTextMapOptions extends TextMapOptions {
  /** Longest run of work before the page gets the main thread back (default 8 ms). */
  sliceMs?: number;
  /** How to give the main thread back (default: an idle callback, see {@link idlePause}). */
  pause?: () => Promise<void>;
}

/** Longest wait for an idle period between two slices, in milliseconds. */
const IDLE_PAUSE_TIMEOUT_MS = 100;

/**
 * Waits for the page to be idle (at most {@link IDLE_PAUSE_TIMEOUT_MS}), or for a zero-delay
 * timeout where there are no idle callbacks: the pause between two slices of work.
 */
export function idlePause(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: IDLE_PAUSE_TIMEOUT_MS });
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * The same map as {@link buildTextMap}, built in slices of about `sliceMs` with a pause
 * between them, so a page of hundreds of thousands of nodes never gets a long task from it.
 * An article-sized page is mapped in the first slice, without waiting. Text the page changes
 * meanwhile may be mapped before or after the change; the lens rescans on such changes anyway.
 */
export async function buildTextMapInSlices(
  root: Element,
  options: SlicedTextMapOptions = {},
): Promise<TextMap> {
  const { sliceMs = 8, pause = idlePause } = options;
  const walk = startTextMap(root, options);
  for (;;) {
    const sliceEnd = performance.now() + sliceMs;
    let done = walk.advance(STEPS_PER_CLOCK_READ);
    while (!done && performance.now() < sliceEnd) done = walk.advance(STEPS_PER_CLOCK_READ);
    if (done) return walk.result();
    await pause();
  }
}

/** Nodes visited between two reads of the clock. */
const STEPS_PER_CLOCK_READ = 512;
