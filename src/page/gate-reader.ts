/**
 * What the gate reads of a page, in the order a reader looks: the title and the page's own
 * description (meta description, Open Graph and Twitter cards), the main content (`<main>` or
 * `[role=main]`, else each `<article>`), and only then the rest of the body; on a long page
 * the first headings come right after the first part. It hands the text out in chunks, so the gate can look at the first part at once and the
 * rest in idle slices, and a relevant article anywhere in a huge page is still reached.
 *
 * Text nodes are joined as `textContent` joins them, without separators (the gate's needles
 * allow none between words, see `src/detect/gate.ts`), and the text of scripts, styles and
 * templates is left out: inline data can be larger than the article, and the detector never
 * sees it. The walk visits text nodes only (a TreeWalker showing text), and finds the code
 * elements' text once by tag name, so no other element of the page is touched on the way: on a
 * page of 200,000 nodes every element the script's world wraps counts, and reading the 5 MB
 * forum page of `npm run bench:page` this way takes about half the time of a walk over elements.
 */

/** Elements whose text is code or markup, never page text (the text map skips them too). */
export const CODE_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
]);

/** The page's own summary of itself, read before the body. */
const DESCRIPTION_SELECTOR =
  'meta[name="description"], meta[property="og:title"], meta[property="og:description"], meta[name="twitter:title"], meta[name="twitter:description"]';

/** Headings read ahead of the body, per level (h1 to h3). */
const HEADINGS_PER_LEVEL = 24;

/** Longest heading text taken, so a heading used as a layout box cannot bring in a page. */
const HEADING_MAX_CHARS = 300;

/** Nodes walked between two reads of the clock. */
const NODES_PER_CLOCK_READ = 256;

const SHOW_TEXT = 0x4;

/** Reads a page's text for the gate, chunk by chunk (see the module comment). */
export interface GateReader {
  /**
   * The next stretch of text: about `maxChars` characters (a longer text node is cut), fewer
   * when `deadline` (a `performance.now()` time) passes first, or null once the page is read.
   */
  next(maxChars: number, deadline?: number): string | null;
  /** True once every part of the page has been handed out. */
  readonly exhausted: boolean;
}

/** The title and the description meta tags, one per line. */
export function describingText(doc: Document): string {
  const parts = [doc.title];
  for (const meta of doc.head?.querySelectorAll(DESCRIPTION_SELECTOR) ?? []) {
    parts.push(meta.getAttribute('content') ?? '');
  }
  return `${parts.join('\n')}\n`;
}

/**
 * The first headings (h1 to h3), one per line. Finding them walks the whole document, a few
 * milliseconds on a page of 200,000 nodes, so the reader takes them only on a page its first
 * read did not finish, in the first idle slice, before the rest of the text.
 */
export function headingsText(doc: Document): string {
  const parts: string[] = [];
  const counts = new Map<string, number>();
  for (const heading of doc.querySelectorAll('h1, h2, h3')) {
    const seen = counts.get(heading.localName) ?? 0;
    if (seen >= HEADINGS_PER_LEVEL) continue;
    counts.set(heading.localName, seen + 1);
    parts.push((heading.textContent ?? '').slice(0, HEADING_MAX_CHARS));
  }
  return parts.length > 0 ? `\n${parts.join('\n')}\n` : '';
}

/**
 * The elements holding the page's main content: `<main>` (or `[role=main]`) when there is one,
 * else every `<article>` not inside another. Read before the rest of the body.
 */
export function mainContentRoots(doc: Document): Element[] {
  const main = doc.querySelector('main, [role="main"]');
  // A <body role="main"> is the body itself, read last anyway.
  if (main) return main.contains(doc.body) ? [] : [main];
  const roots: Element[] = [];
  for (const article of doc.getElementsByTagName('article')) {
    if (!roots.some((outer) => outer.contains(article))) roots.push(article);
  }
  return roots;
}

/**
 * The text nodes inside the document's code elements, which the walk leaves out. Found by tag
 * name (a native lookup) rather than by checking the parent of every text node: the walk then
 * handles text nodes only, and no element of the page but these few ever gets a wrapper in the
 * content script's world, which on a first read costs more than the reading.
 */
export function codeTextNodes(doc: Document): Set<Node> {
  const nodes = new Set<Node>();
  for (const name of CODE_ELEMENTS) {
    for (const element of doc.getElementsByTagName(name)) {
      const walker = doc.createTreeWalker(element, SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.add(node);
    }
  }
  return nodes;
}

/**
 * Walks one subtree's text nodes, leaving out those in `codeText`. A root read before the body
 * records its first and last text node in `readRoots`; the body's walk jumps from one to the
 * other, so each part is read once.
 */
function subtreeText(
  doc: Document,
  root: Node,
  codeText: ReadonlySet<Node>,
  readRoots: Map<Node, Node>,
) {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const isBody = root === doc.body;
  let node: Node | null = walker.nextNode();
  const first = node;
  let last: Node | null = null;
  /** Offset into the current text node, when a chunk ended inside it. */
  let offset = 0;
  const advance = () => {
    last = node;
    node = walker.nextNode();
    if (node === null && !isBody && first !== null && last !== null) readRoots.set(first, last);
  };
  return {
    /** True once the whole subtree has been read. */
    get done() {
      return node === null;
    },
    /** Appends up to `room` characters to `parts` and returns how many. */
    read(parts: string[], room: number, deadline: number): number {
      const timed = deadline !== Number.POSITIVE_INFINITY;
      let taken = 0;
      let steps = 0;
      while (node !== null && taken < room) {
        if (++steps % NODES_PER_CLOCK_READ === 0 && timed && performance.now() > deadline) break;
        const readUntil = isBody ? readRoots.get(node) : undefined;
        if (readUntil !== undefined) {
          walker.currentNode = readUntil;
          node = walker.nextNode();
          continue;
        }
        if (codeText.has(node)) {
          advance();
          continue;
        }
        const data = (node as Text).data;
        const end = Math.min(data.length, offset + room - taken);
        const piece = offset === 0 && end === data.length ? data : data.slice(offset, end);
        parts.push(piece);
        taken += piece.length;
        offset = end;
        if (offset < data.length) break;
        offset = 0;
        advance();
      }
      return taken;
    },
  };
}

/**
 * A reader over `doc`: the describing text first, then the main content, then the rest of the
 * body. When the first `next` leaves text unread (a long page), the second one starts with the
 * headings, so an article deep in a huge page is often named before its text is reached.
 */
export function readForGate(doc: Document): GateReader {
  let head: string | null = describingText(doc);
  let calls = 0;
  const roots = doc.body ? mainContentRoots(doc) : [];
  const codeText = codeTextNodes(doc);
  const readRoots = new Map<Node, Node>();
  const sources = [...roots, ...(doc.body ? [doc.body] : [])].map((root) =>
    subtreeText(doc, root, codeText, readRoots),
  );
  return {
    get exhausted() {
      return head === null && sources.length === 0;
    },
    next(maxChars, deadline = Number.POSITIVE_INFINITY) {
      const parts: string[] = [];
      let length = 0;
      if (head !== null) {
        parts.push(head);
        length += head.length;
        head = null;
      }
      if (++calls === 2 && sources.length > 0) {
        const headings = headingsText(doc);
        parts.push(headings);
        length += headings.length;
      }
      while (sources.length > 0 && length < maxChars) {
        const source = sources[0] as ReturnType<typeof subtreeText>;
        length += source.read(parts, maxChars - length, deadline);
        if (source.done) sources.shift();
        else if (deadline !== Number.POSITIVE_INFINITY && performance.now() > deadline) break;
      }
      return parts.length === 0 ? null : parts.join('');
    },
  };
}
