/**
 * The in-page lifecycle: scan the page, and only when it is relevant paint highlights and show
 * the overlay; rescan when the content changes; tear everything down when the page stops being
 * relevant, the user turns the extension off, or the extension context goes away.
 * Browser messaging and the UI are passed in (see `entrypoints/content/index.ts`).
 */
import type { Sensitivity } from '@/src/detect/types';
import type { PageReport, ReportRequest, SightingQuote } from '@/src/messaging/protocol';
import type { Overlay, OverlayActions } from '@/src/overlay/mount';
import type { PanelData } from '@/src/overlay/Panel';
import type { CardView } from '@/src/ui/card-view';
import { type DomChange, watchDom } from './dom-watcher';
import { createHighlighter, type Highlighter } from './highlighter';
import { createOverlayHost, type OverlayHost } from './host';
import { LensUi } from './lens-ui';
import { isStale, type RelevantScan, type ScanDeps, scanPage } from './scan';

/** Everything the lens needs from outside the page. */
export interface LensDeps extends ScanDeps {
  css: string;
  mountOverlay(container: HTMLElement, actions: OverlayActions, initial: PanelData): Overlay;
  fetchCards(factIds: string[], lang: string): Promise<CardView[]>;
  fetchSightingQuotes(): Promise<SightingQuote[]>;
  reportPage(report: PageReport): void;
  openReport(request: ReportRequest): void;
  turnOffSite(): void;
}

/** The lens of one document. */
export class Lens {
  private scan: RelevantScan | null = null;
  private host: OverlayHost | null = null;
  private ui: LensUi | null = null;
  private highlighter: Highlighter | null | undefined;
  private watcher: AbortController | null = null;
  private reported: 'nothing' | 'relevant' | 'irrelevant' = 'nothing';
  private scanCount = 0;
  private lastReport = '';

  constructor(
    private readonly doc: Document,
    private readonly deps: LensDeps,
    private sensitivity: Sensitivity,
  ) {}

  /** The current scan, for tests and the benchmark. */
  get current(): RelevantScan | null {
    return this.scan;
  }

  /** Scans now and starts watching the page for changes. */
  start(): void {
    this.rescan();
    this.watch();
  }

  /** Changes sensitivity and rescans. */
  setSensitivity(sensitivity: Sensitivity): void {
    this.sensitivity = sensitivity;
    this.rescan();
  }

  /** Scans the page from scratch and updates highlights, overlay and the background's badge. */
  rescan(): void {
    this.scanCount++;
    const scan = scanPage(this.doc, this.deps, { sensitivity: this.sensitivity });
    if (!scan) {
      this.clear();
      if (this.reported === 'relevant') this.report(null);
      return;
    }
    this.scan = scan;
    this.highlighter ??= createHighlighter(this.doc);
    this.highlighter?.paint(scan.ranges.filter((r): r is Range => r !== null));
    if (!this.host || !this.ui) {
      this.host = createOverlayHost(this.doc, this.deps.css);
      this.ui = new LensUi(this.doc, this.host, this.deps, this.highlighter ?? null);
    }
    this.host.ensureAttached();
    this.ui.show(scan, this.scanCount);
    this.report(scan);
  }

  /** Removes highlights and the host, keeps watching (SPA navigation, irrelevant content). */
  clear(): void {
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
      this.rescan();
      return;
    }
    if (this.scan) {
      // Ranges are live and follow edits; rescan only when new text may add terms or
      // highlighted text went away.
      const stale = change.removed && this.scan.ranges.some(isStale);
      if (stale || this.deps.quickGate(change.addedText)) this.rescan();
      return;
    }
    if (this.deps.quickGate(change.addedText)) this.rescan();
  }

  private report(scan: RelevantScan | null): void {
    const d = scan?.detection;
    this.reported = d ? 'relevant' : 'irrelevant';
    const report: PageReport = {
      url: this.doc.location.href,
      title: this.doc.title,
      lang: d?.lang ?? 'und',
      relevant: d !== undefined,
      factIds: d?.facts ?? [],
      topics: d?.topics ?? [],
      matchCount: scan?.ranges.filter((r) => r !== null).length ?? 0,
    };
    // A page that re-renders is rescanned often; the background hears only about changes.
    const key = JSON.stringify(report);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.deps.reportPage(report);
  }
}
