/**
 * The in-page lifecycle: scan the page, and only when it is relevant paint highlights and show
 * the overlay; rescan when the content changes; tear everything down when the page stops being
 * relevant, the user turns the extension off, or the extension context goes away.
 * Browser messaging, the analysis (in the background) and the card UI module (loaded on
 * relevant pages only) are passed in (see `src/content/lens-deps.ts`). The background keeps
 * the tab's state from its own answer; the lens only tells it when a page it had found
 * relevant stops being so without a new analysis.
 *
 * Changes are coalesced: the DOM watcher reports a burst of mutations once it has settled, a
 * rescan asked for while one runs becomes one more rescan after it, and a rescan whose text,
 * address and sensitivity are those of the last analysis reuses its answer instead of asking
 * again. So an article appended or swapped in costs one analysis, not one per mutation.
 */
import type { Sensitivity } from '@/src/detect/types';
import type { PageAnswer, PageRequest } from '@/src/messaging/protocol';
import { collectDateHints } from './date-hints';
import { type DomChange, type DomWatch, watchDom } from './dom-watcher';
import { createHighlighter, EAGER_STYLES_MAX_TEXT_NODES, type Highlighter } from './highlighter';
import { createOverlayHost, type OverlayHost } from './host';
import type { UiDeps } from './lens-ui';
import { pageWindows } from './page-windows';
import { isStale, type RelevantScan, relevantScan, type ScanDeps } from './scan';

/** The overlay UI of one host, as the lazily loaded UI module creates it. */
export interface LensUiHandle {
  /** Shows a scan; `generation` lets the UI drop late answers to earlier scans. */
  show(scan: RelevantScan, generation: number): void;
  /** Opens the panel and moves focus into it; false when there is none (no cards). */
  openPanel?(): boolean;
  destroy(): void;
}

/**
 * The card UI (Preact, floating-ui, the compact map, the overlay's styles), loaded only on
 * relevant pages so that every other page pays nothing for it (see `src/page/ui-module.ts`).
 */
export interface LensUiModule {
  css: string;
  createUi(
    doc: Document,
    host: OverlayHost,
    deps: UiDeps,
    highlighter: Highlighter | null,
  ): LensUiHandle;
}

/** Everything the lens needs from outside the page. */
export interface LensDeps extends ScanDeps, UiDeps {
  loadUi(): Promise<LensUiModule>;
  /** Tells the background the page it had found relevant no longer is. */
  forgetPage(): void;
  /** Gives the main thread back while a huge page's text is gated (default: never). */
  pause?: () => Promise<void>;
}

/** Options of {@link Lens.rescan}. */
export interface RescanOptions {
  /** The caller has just gated this page's text, so the scan need not gate it again. */
  gatePassed?: boolean;
  /**
   * Reuse the last answer when text, address and sensitivity are unchanged (a DOM change or
   * in-app navigation that left the text as it was). Explicit rescans always ask.
   */
  ifChanged?: boolean;
}

/** The last analysis: what was asked and what came back. */
interface Analysed {
  key: string;
  answer: PageAnswer;
}

const addressOf = (doc: Document) => doc.URL.split('#', 1)[0] as string;

/** The lens of one document. */
export class Lens {
  private scan: RelevantScan | null = null;
  private host: OverlayHost | null = null;
  private ui: LensUiHandle | null = null;
  private uiModule: Promise<LensUiModule> | null = null;
  private highlighter: Highlighter | null | undefined;
  private watcher: AbortController | null = null;
  private domWatch: DomWatch | null = null;
  /** Whether the background's last answer about this page found it relevant. */
  private relevantInBackground = false;
  /** Bumped by every scan and every clear: an answer for an older number is dropped. */
  private scanCount = 0;
  /** The scan under way, if any, and whether another was asked for meanwhile. */
  private running: Promise<void> | null = null;
  private again = false;
  private analysed: Analysed[] = [];

  constructor(
    private readonly doc: Document,
    private readonly deps: LensDeps,
    private sensitivity: Sensitivity,
  ) {}

  /** The current scan, for tests and the benchmark. */
  get current(): RelevantScan | null {
    return this.scan;
  }

  /**
   * Scans now and starts watching the page for changes. `gatePassed` says the caller has just
   * gated this page's text, so the first scan need not gate it again.
   */
  start(gatePassed = false): void {
    void this.rescan({ gatePassed });
    this.watch();
  }

  /** Changes sensitivity and rescans. */
  setSensitivity(sensitivity: Sensitivity): void {
    this.sensitivity = sensitivity;
    void this.rescan();
  }

  /**
   * The address changed in-app: a rescan once the page has been quiet, the same one the DOM
   * changes of the new view ask for, so a view swapped with its address is analysed once.
   */
  navigated(): void {
    if (this.domWatch) this.domWatch.nudge();
    else this.requestRescan();
  }

  /**
   * A rescan for a change: run now, or once after the one under way (however many changes
   * arrive meanwhile), reusing the last answer if the text turns out unchanged.
   */
  requestRescan(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    const run = this.rescan({ ifChanged: true }).finally(() => {
      if (this.running === run) this.running = null;
      if (this.again) {
        this.again = false;
        this.requestRescan();
      }
    });
    this.running = run;
  }

  /**
   * Scans the page from scratch and updates highlights, overlay and the background's badge.
   * Detection answers asynchronously: a newer scan or a clear (navigation, teardown) while
   * waiting makes this one's answer void. When the background cannot answer, what is shown
   * stays as it is.
   */
  async rescan(options: RescanOptions = {}): Promise<void> {
    const generation = ++this.scanCount;
    const body = this.doc.body;
    if (!body) return this.clear();
    const map = await this.deps.buildTextMap(body);
    if (generation !== this.scanCount) return;
    const windows = await pageWindows(map, this.deps.quickGate, {
      gated: options.gatePassed,
      pause: this.deps.pause,
    });
    if (generation !== this.scanCount) return;
    if (windows.length === 0 && this.relevantInBackground) {
      this.relevantInBackground = false;
      this.deps.forgetPage();
    }
    if (windows.length > 0) this.preloadUi();
    let scan: RelevantScan | null = null;
    const analysed: Analysed[] = [];
    const dateHints = collectDateHints(this.doc);
    for (const window of windows) {
      const request: PageRequest = {
        text: window.text,
        zones: window.zones ?? [],
        sensitivity: this.sensitivity,
        dateHints,
      };
      const key = `${this.sensitivity} ${addressOf(this.doc)} ${window.text}`;
      const known = options.ifChanged
        ? this.analysed.find((a) => a.key === key)?.answer
        : undefined;
      let answer: PageAnswer;
      try {
        answer = known ?? (await this.deps.analyze(request));
      } catch {
        return;
      }
      if (generation !== this.scanCount) return;
      analysed.push({ key, answer });
      this.relevantInBackground = answer.relevant;
      scan = relevantScan(window, answer);
      if (scan) break;
    }
    this.analysed = analysed;
    if (!scan) {
      this.clear();
      return;
    }
    this.highlighter ??= createHighlighter(this.doc);
    this.highlighter?.paint(
      scan.ranges.filter((r, i): r is Range => r !== null && scan.painted[i] === true),
      map.nodes.length <= EAGER_STYLES_MAX_TEXT_NODES,
    );
    this.scan = scan;
    const ui = await this.mountUi();
    if (generation !== this.scanCount || !ui) return;
    this.host?.ensureAttached();
    ui.show(scan, generation);
  }

  /** Removes highlights and the host and voids pending scans; keeps watching. */
  clear(): void {
    this.scanCount++;
    this.scan = null;
    this.highlighter?.clear();
    this.ui?.destroy();
    this.ui = null;
    this.host?.destroy();
    this.host = null;
  }

  /** Stops watching (back/forward cache, settings off); {@link start} resumes. */
  stop(): void {
    this.watcher?.abort();
    this.watcher = null;
    this.domWatch = null;
  }

  /** Everything off and gone: used when the extension context is invalidated or turned off. */
  destroy(): void {
    this.stop();
    this.clear();
    this.highlighter?.dispose();
    this.highlighter = undefined;
  }

  /** The UI of the current host, creating both (and loading the UI module) when missing. */
  /** Opens the page's panel (the extension's command); false when the page has none. */
  openPanel(): boolean {
    return this.ui?.openPanel?.() ?? false;
  }

  /**
   * Takes the UI module (the import the gate started, or a new one) while the background
   * analyses the page, so a relevant answer finds it loaded; a page found irrelevant has paid
   * only for loading it. A failure is left for `mountUi` to meet.
   */
  private preloadUi(): void {
    if (this.ui || this.uiModule) return;
    this.uiModule = this.deps.loadUi();
    this.uiModule.catch(() => undefined);
  }

  private async mountUi(): Promise<LensUiHandle | null> {
    if (this.ui) return this.ui;
    this.uiModule ??= this.deps.loadUi();
    let module: LensUiModule;
    try {
      module = await this.uiModule;
    } catch {
      // Try again on the next relevant scan; highlights stay.
      this.uiModule = null;
      return null;
    }
    if (!this.scan) return null;
    if (!this.ui) {
      this.host = createOverlayHost(this.doc, module.css);
      this.ui = module.createUi(this.doc, this.host, this.deps, this.highlighter ?? null);
    }
    return this.ui;
  }

  private watch(): void {
    if (this.watcher || !this.doc.body) return;
    this.watcher = new AbortController();
    this.domWatch = watchDom(this.doc.documentElement, (change) => this.onDomChange(change), {
      ignore: () => this.host?.element ?? null,
      signal: this.watcher.signal,
    });
  }

  private onDomChange(change: DomChange): void {
    this.host?.ensureAttached();
    // Ranges are live and follow edits; rescan only when new text may add terms or
    // highlighted text went away.
    const stale = this.scan !== null && change.removed && this.scan.ranges.some(isStale);
    if (change.huge || change.nudged || stale || this.deps.quickGate(change.addedText))
      this.requestRescan();
  }
}
