/**
 * Where the content scripts land in the extension, as the manifest and
 * `browser.runtime.getURL` name them. The gate is the only script the manifest injects; the
 * lens and the card UI are ES modules it imports, so they are web-accessible.
 */

/** The gate: the manifest's content script on every http(s) page. */
export const GATE_SCRIPT_PATH = 'content-scripts/content.js';

/** The lens, imported by the gate once a page names North Korea. */
export const LENS_MODULE_PATH = 'content-scripts/lens.js';

/** The card UI, imported by the gate alongside the lens; the lens mounts it on relevant pages. */
export const UI_MODULE_PATH = 'content-scripts/ui.js';
