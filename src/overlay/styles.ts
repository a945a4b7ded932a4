/**
 * The overlay's stylesheet, adopted by the host's shadow root. Isolation both ways:
 * `:host` resets every inherited and page-set property with `all: initial !important`
 * (inside-the-shadow `!important` beats the page's, even its inline `!important`), sizes are in
 * px because `rem` follows the page's root font size, and every custom property is set here,
 * `!important` too (`all` does not reset custom properties), so the page's cannot leak in.
 * Logical properties keep the layout right for either writing direction.
 */
export const OVERLAY_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  inline-size: auto !important;
  block-size: auto !important;
  max-inline-size: none !important;
  max-block-size: none !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
  color-scheme: light dark !important;
  --lens-bg: #ffffff !important;
  --lens-fg: #1c1e21 !important;
  --lens-muted: #5b616b !important;
  --lens-line: #d5d9e0 !important;
  --lens-accent: #8a4b00 !important;
  --lens-accent-bg: #fff2d6 !important;
  --lens-fix-bg: #fde8e8 !important;
  --lens-fix-fg: #8c1d1d !important;
  --lens-ok-bg: #e3f4e6 !important;
  --lens-ok-fg: #1f5f2c !important;
  --lens-shadow: 0 8px 28px rgb(0 0 0 / 0.22) !important;
  --lens-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
    "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR",
    "PingFang SC", "Hiragino Sans", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans CJK JP",
    "Yu Gothic", "Meiryo", sans-serif !important;
}
@media (prefers-color-scheme: dark) {
  :host {
    --lens-bg: #1e2126 !important;
    --lens-fg: #e8eaed !important;
    --lens-muted: #a7adb7 !important;
    --lens-line: #3a3f47 !important;
    --lens-accent: #ffb84d !important;
    --lens-accent-bg: #3b2e16 !important;
    --lens-fix-bg: #48201f !important;
    --lens-fix-fg: #ffb4ab !important;
    --lens-ok-bg: #1d3a24 !important;
    --lens-ok-fg: #a6e3b0 !important;
    --lens-shadow: 0 8px 28px rgb(0 0 0 / 0.6) !important;
  }
}
.lens-root, .lens-root * { box-sizing: border-box; }
.lens-root {
  font: 400 14px/1.45 var(--lens-font);
  color: var(--lens-fg);
  letter-spacing: normal;
  text-align: start;
  -webkit-font-smoothing: antialiased;
}
button, a, .panel, .floating { pointer-events: auto; }
button {
  font: inherit; color: inherit; cursor: pointer; border-radius: 6px;
  border: 1px solid var(--lens-line); background: var(--lens-bg); padding: 4px 10px;
}
button:focus-visible, a:focus-visible, .card:focus-visible, h2:focus-visible,
summary:focus-visible, .floating:focus-visible {
  outline: 2px solid var(--lens-accent); outline-offset: 2px;
}
a { color: var(--lens-accent); }
/* Collapsed: a slim tab on the window's edge, on the side the article leaves free. */
.toggle {
  position: fixed; bottom: 96px; right: 0;
  display: inline-flex; align-items: center; gap: 6px;
  padding: 6px 10px; border-radius: 8px 0 0 8px; border-right: 0; font-size: 12px; font-weight: 600;
  background: var(--lens-bg); color: var(--lens-fg); box-shadow: var(--lens-shadow);
}
.toggle.dock-left { right: auto; left: 0; border-radius: 0 8px 8px 0; border-right: 1px solid var(--lens-line); border-left: 0; }
.toggle .dot { inline-size: 8px; block-size: 8px; border-radius: 50%; background: #e0a000; }
/* Open: docked to that side at full height, or a bottom sheet in a narrow window. */
.panel {
  position: fixed; top: 0; bottom: 0; right: 0;
  inline-size: min(380px, 40vw); overflow: auto; overscroll-behavior: contain;
  background: var(--lens-bg); border-left: 1px solid var(--lens-line);
  box-shadow: var(--lens-shadow); padding: 12px 14px;
}
.panel.dock-left { right: auto; left: 0; border-left: 0; border-right: 1px solid var(--lens-line); }
@media (max-width: 720px) {
  .toggle, .toggle.dock-left { bottom: 12px; right: 12px; left: auto; border-radius: 999px; border: 1px solid var(--lens-line); }
  .panel, .panel.dock-left {
    top: auto; left: 0; right: 0; bottom: 0; inline-size: auto; max-block-size: 55vh;
    border: 0; border-top: 1px solid var(--lens-line); border-radius: 12px 12px 0 0;
  }
}
.panel .summary { margin: 0 0 8px; }
.why-page summary { cursor: pointer; font-size: 13px; color: var(--lens-muted); }
.why-page ul { margin: 4px 0 8px; padding-inline-start: 18px; font-size: 13px; }
.panel ol.cards { list-style: none; margin: 0; padding: 0; }
.topic-label {
  font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--lens-muted);
  margin: 12px 0 2px;
}
.why { font-size: 12px; color: var(--lens-accent); margin: 0 0 4px; font-weight: 600; }
.who { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }
.source-line { margin: 2px 0; }
.more summary { cursor: pointer; font-size: 12px; color: var(--lens-muted); margin-block: 4px; }
.more-cards { margin-block: 6px; inline-size: 100%; }
.badge.fix { background: var(--lens-fix-bg); color: var(--lens-fix-fg); }
.panel header { display: flex; align-items: center; gap: 8px; margin-block-end: 8px; }
.panel h2 { font-size: 15px; margin: 0; flex: 1 0 auto; }
/* A long translation wraps inside the button rather than pushing the close button down. */
.panel header .site-off { flex: 0 1 auto; min-inline-size: 0; text-align: center; }
.panel header > button:last-child { flex: none; }
.panel .route-view > h3 {
  font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--lens-muted);
  margin: 14px 0 6px;
}
.term-list summary { cursor: pointer; font-size: 13px; color: var(--lens-muted); margin-block: 6px; }
.terms { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.terms button { padding: 2px 8px; font-size: 13px; background: var(--lens-accent-bg); }
.terms .count { color: var(--lens-muted); margin-inline-start: 4px; font-size: 12px; }
.terms-note { margin: 0 0 6px; font-size: 12px; color: var(--lens-muted); }
.card {
  border: 1px solid var(--lens-line); border-radius: 8px; padding: 10px 12px; margin-block: 8px;
  background: var(--lens-bg);
}
.card .card-title { font-size: 15px; margin: 0 0 4px; }
.card p { margin: 4px 0; }
.card ul { margin: 4px 0; padding-inline-start: 18px; }
.meta { color: var(--lens-muted); font-size: 12px; }
.badge {
  display: inline-block; font-size: 11px; font-weight: 600; border-radius: 999px;
  padding: 1px 8px; margin-inline-end: 6px; background: var(--lens-accent-bg); color: var(--lens-accent);
}
.badge.confirmed { background: var(--lens-ok-bg); color: var(--lens-ok-fg); }
.correction {
  background: var(--lens-fix-bg); color: var(--lens-fix-fg); border-radius: 6px;
  padding: 6px 8px; margin: 6px 0;
}
.sources { font-size: 12px; padding-inline-start: 18px; }
.actions { display: flex; gap: 8px; margin-block-start: 8px; flex-wrap: wrap; }
.recorded { font-size: 12px; color: var(--lens-ok-fg); background: var(--lens-ok-bg); border-radius: 6px; padding: 4px 8px; }
.floating {
  /* floating-ui writes physical left/top */
  position: fixed; top: 0; left: 0;
  inline-size: min(380px, calc(100vw - 16px)); max-block-size: min(70vh, 560px); overflow: auto;
  box-shadow: var(--lens-shadow); border-radius: 10px; background: var(--lens-bg);
  border: 1px solid var(--lens-line); padding: 4px 12px 8px;
}
.floating .card { border: 0; padding: 0; margin: 0; }
.floating .close { float: inline-end; margin-block-start: 6px; }
.panel, .floating { animation: lens-in 120ms ease-out; }
@keyframes lens-in { from { opacity: 0; transform: translateY(6px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) {
  .panel, .floating { animation: none; }
}
.read-in { display: flex; flex-wrap: wrap; gap: 4px; margin-block: 6px 0; }
.read-in button { padding: 0 6px; min-inline-size: 30px; font-size: 12px; }
.read-in button[aria-pressed="true"] {
  background: var(--lens-accent-bg); border-color: var(--lens-accent); font-weight: 700;
}
/* Windows high contrast: system colours, and borders where colour alone told things apart. */
@media (forced-colors: active) {
  .badge, .correction, .recorded, .terms button, .read-in button[aria-pressed="true"] {
    border: 1px solid CanvasText;
  }
  .toggle .dot { background: Highlight; }
  button:focus-visible, a:focus-visible, .card:focus-visible, h2:focus-visible,
  summary:focus-visible { outline-color: Highlight; }
}
.sr-only, .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
