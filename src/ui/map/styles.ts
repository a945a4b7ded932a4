/**
 * Colours and CSS shared by the map, the leg list and the timeline. Carried as a string and
 * rendered in a `<style>` by each component in the popup and the journal, so they look the same
 * without touching those views' style sheets; the overlay has it in its adopted sheet instead
 * (`MapStyles.tsx`).
 */

/** One colour and dash per route, also used by the leg list's swatches. */
export const ROUTE_STYLE: Record<string, { color: string; dash?: string; width: number }> = {
  direct: { color: '#b3261e', width: 2.4 },
  'through-car': { color: '#7a3e9d', width: 1.6 },
  china: { color: '#1d63a8', dash: '5 3', width: 2 },
  'beijing-pyongyang': { color: '#2e7d4f', width: 1.4 },
  flights: { color: '#555', dash: '2 2', width: 1.2 },
};

/** Sightings are drawn in one colour on both the map and the timeline. */
export const SIGHTING_COLOR = '#e07b00';
/** Sighting labels: the same hue, dark enough to read on the map (contrast above 4.5:1). */
export const SIGHTING_TEXT_COLOR = '#8a3b00';

/**
 * The map's style sheet. The map and the timeline are drawn as light images (sea, land, dark
 * labels) in every colour scheme; the text around them (legend, leg list, captions) follows the
 * page: dark on light, light on dark, system colours when colours are forced.
 */
export const MAP_CSS = `
.lens-story{display:grid;gap:10px;margin:10px 0}
@media (min-width:720px){.lens-story{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}.lens-story>.lens-timeline{grid-column:1/-1}}
.lens-legs h3,.lens-legs h4{margin:0 0 4px;font-size:13px}
.lens-legs button{font:inherit;font-size:12px;padding:1px 6px}
.lens-map,.lens-timeline,.lens-legs{font:12px/1.4 system-ui,sans-serif;color:#222}
.lens-map svg,.lens-timeline svg{display:block;width:100%;height:auto}
.lens-timeline>svg{background:#fbfcfd;border-radius:4px}
.lens-map [tabindex]:focus,.lens-timeline [tabindex]:focus{outline:none}
.lens-map [tabindex]:focus .focus-ring,.lens-timeline [tabindex]:focus .focus-ring{stroke:#000;stroke-width:1.5;fill:none;visibility:visible}
.lens-map .focus-ring,.lens-timeline .focus-ring{visibility:hidden}
.lens-map .route{cursor:pointer}
.lens-map .route:focus path,.lens-map .route.selected path{stroke-width:4}
.lens-map .dim{opacity:.28}
.lens-map text,.lens-timeline text{font-family:system-ui,sans-serif;paint-order:stroke;stroke:#fff;stroke-width:2.5px;stroke-linejoin:round}
.lens-map figcaption,.lens-timeline figcaption{font-size:12px;color:#555;margin:2px 0 0}
figure.lens-map,figure.lens-timeline{margin:0}
.lens-legend{list-style:none;margin:4px 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;color:#222}
.lens-legend li{display:flex;align-items:center;gap:5px}
.lens-legend svg{display:inline-block;width:16px;height:12px;flex:none}
.lens-timeline svg.lens-key,.lens-key{display:inline-block;width:10px;height:10px;vertical-align:-1px}
.lens-map svg{max-width:560px}
.lens-legs ul{list-style:none;margin:0;padding:0}
.lens-legs>ul>li{margin:0 0 6px}
.lens-legs ol{margin:2px 0 0;padding-left:20px}
.lens-legs .swatch{display:inline-block;width:18px;height:0;border-top:3px solid;vertical-align:middle;margin-right:6px}
.lens-legs .when{color:#555;font-size:12px}
.lens-legs .selected>strong{text-decoration:underline}
@media (prefers-color-scheme:dark){
.lens-map,.lens-timeline,.lens-legs,.lens-legend{color:#e8eaed}
.lens-map figcaption,.lens-timeline figcaption,.lens-legs .when{color:#b4bac3}
.lens-legs .swatch{background:#fbfcfd;box-shadow:0 0 0 3px #fbfcfd;border-radius:1px}
.lens-legend svg{background:#fbfcfd;border-radius:2px}
}
@media (forced-colors:active){
.lens-map svg,.lens-timeline svg,.lens-legs .swatch,.lens-legend svg,.lens-key{forced-color-adjust:none}
.lens-map,.lens-timeline,.lens-legs,.lens-legend,.lens-map figcaption,.lens-timeline figcaption,.lens-legs .when{color:CanvasText}
.lens-map [tabindex]:focus .focus-ring,.lens-timeline [tabindex]:focus .focus-ring{stroke:Highlight;stroke-width:2.5}
.lens-legs .selected>strong{outline:1px solid CanvasText}
}
`;
