/**
 * The in-page lifecycle: scan the page, and only when it is relevant paint highlights and show
 * the overlay; rescan when the content changes; tear everything down when the page stops being
 * relevant, the user turns the extension off, or the extension context goes away.
 * Browser messaging, the analysis (in the background) and the card UI module (loaded on
 * relevant pages only) are passed in (see `entrypoints/content/deps.ts`). The background keeps
 * the tab's state from its own answer; the lens only tells it when a page it had found
 * relevant stops being so without a new analysis.
 */
import type { Sensitivity } from '@/src/detect/types';
import { collectDateHints } from './date-hints';
import { type DomChange, watchDom } from './dom-watcher';
import { createHighlighter, type Highlighter } from './highlighter';
import { createOverlayHost, type OverlayHost } from './host';
import type { UiDeps } from './lens-ui';
import { isStale, pagePassesGate, type RelevantScan, relevantScan, type ScanDeps } from './scan';

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
}

/** The lens of one document. */
export class Lens {
  private scan: RelevantScan | null = null;
  private host: OverlayHost | null = null;
  private ui: LensUiHandle | null = null;
  private uiModule: Promise<LensUiModule> | null = null;
  private highlighter: Highlighter | null | undefined;
  private watcher: AbortController | null = null;
  /** Whether the background's last answer about this page found it relevant. */
  private relevantInBackground = false;
  /** Bumped by every scan and every clear: an answer for an older number is dropped. */
  private scanCount = 0;

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
   * gated this page's text, so the first scan need not read and gate it again.
   */
  start(gatePassed = false): void {
    void this.rescan(gatePassed);
    this.watch();
  }

  /** Changes sensitivity and rescans. */
  setSensitivity(sensitivity: Sensitivity): void {
    this.sensitivity = sensitivity;
    void this.rescan();
  }

  /**
   * Scans the page from scratch and updates highlights, overlay and the background's badge.
   * Detection answers asynchronously: a newer scan or a clear (navigation, teardown) while
   * waiting makes this one's answer void. When the background cannot answer, what is shown
   * stays as it is. `gatePassed` skips the gate (see {@link start}).
   */
  async rescan(gatePassed = false): Promise<void> {
    const generation = ++this.scanCount;
    const body = this.doc.body;
    let scan: RelevantScan | null = null;
    if (body && (gatePassed || pagePassesGate(this.doc, this.deps.quickGate))) {
      // A page that passes the gate is likely relevant, and the card UI's module is the longest
      // wait: ask for it first, so it loads during the text map and the detection round trip.
      this.prefetchUi();
      const map = await this.deps.buildTextMap(body);
      if (generation !== this.scanCount) return;
      const request = {
        text: map.text,
        zones: map.zones ?? [],
        sensitivity: this.sensitivity,
        dateHints: collectDateHints(this.doc),
      };
      try {
        const answer = await this.deps.analyze(request);
        this.relevantInBackground = answer.relevant;
        scan = relevantScan(map, answer);
      } catch {
        return;
      }
    } else if (this.relevantInBackground) {
      this.relevantInBackground = false;
      this.deps.forgetPage();
    }
    if (generation !== this.scanCount) return;
    if (!scan) {
      this.clear();
      return;
    }
    this.highlighter ??= createHighlighter(this.doc);
    this.highlighter?.paint(
      scan.ranges.filter((r, i): r is Range => r !== null && scan.painted[i] === true),
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
  }

  /** Everything off and gone: used when the extension context is invalidated or turned off. */
  destroy(): void {
    this.stop();
    this.clear();
    this.highlighter?.dispose();
    this.highlighter = undefined;
  }

  private prefetchUi(): void {
    if (this.uiModule) return;
    this.uiModule = this.deps.loadUi();
    // Marked as handled here; a failure is dealt with where the module is awaited.
    this.uiModule.catch(() => undefined);
  }

  /** The UI of the current host, creating both (and loading the UI module) when missing. */
  /** Opens the page's panel (the extension's command); false when the page has none. */
  openPanel(): boolean {
    return this.ui?.openPanel?.() ?? false;
  }

  private async mountUi(): Promise<LensUiHandle | null> {
    if (this.ui) return this.ui;
    this.prefetchUi();
    let module: LensUiModule;
    try {
      module = await (this.uiModule as Promise<LensUiModule>);
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
    watchDom(this.doc.documentElement, (change) => this.onDomChange(change), {
      ignore: () => this.host?.element ?? null,
      signal: this.watcher.signal,
    });
  }

  private onDomChange(change: DomChange): void {
    this.host?.ensureAttached();
    if (change.huge) {
      void this.rescan();
      return;
    }
    if (this.scan) {
      // Ranges are live and follow edits; rescan only when new text may add terms or
      // highlighted text went away.
      const stale = change.removed && this.scan.ranges.some(isStale);
      if (stale || this.deps.quickGate(change.addedText)) void this.rescan();
      return;
    }
    if (this.deps.quickGate(change.addedText)) void this.rescan();
  }
}
