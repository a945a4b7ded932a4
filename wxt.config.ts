import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildContentScripts } from './src/content/build';
import { GATE_SCRIPT_PATH, LENS_MODULE_PATH, UI_MODULE_PATH } from './src/content/paths';
import { factTextFiles, localeFiles } from './src/i18n/build-assets';
import { popupShell, writeLocalizedPopups } from './src/popup/shell-plugin';

/** Origins a user's sharing endpoint may have: any HTTPS host, or plain HTTP on loopback. */
const SHARING_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Build configuration. `LENS_OUT_DIR` lets parallel builds (e.g. a test run next to a demo)
 * write to separate folders; the browser tests read the same variable.
 */
export default defineConfig({
  outDir: process.env.LENS_OUT_DIR ?? '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), popupShell()],
    // Extension pages run in browsers with modulepreload; without this, a page without a
    // module script of its own (popup.html) would load the polyfill as an extra script.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The popup page of each other interface language, from the built English one.
    'build:done': (wxt) => writeLocalizedPopups(wxt.config.outDir),
    // The toolbar button's tooltip in the browser's language (WXT takes the popup's <title>).
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
    // The content scripts: the gate, and the lens and card UI modules it loads on demand; the
    // extension's name and commands in each language, and each language's card texts.
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await buildContentScripts(wxt.config.root)));
      files.push(...localeFiles(), ...factTextFiles());
    },
  },
  // The sources archive for Firefox Add-ons review: never test artifacts or other builds.
  zip: { excludeSources: ['test-results/**', '.output*/**', 'out*.png'] },
  manifest: ({ manifestVersion }) => ({
    // Words from `_locales` (written from src/i18n/messages by the hook above).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Opens the page's context panel and moves focus into it (the page's control is otherwise
    // the last stop of the tab order, after every link of the page).
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    // contextMenus + activeTab + scripting: "Report a sighting" reads the selection only in the
    // tab the user clicked. alarms: retries of sightings the user sent (no install warning).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    // The sharing endpoint's origin, requested only when the user sets it (MV2 has no
    // optional_host_permissions key; origins go into optional_permissions there).
    ...(manifestVersion === 2
      ? { optional_permissions: SHARING_ORIGINS }
      : { optional_host_permissions: SHARING_ORIGINS }),
    // The gate, on every http(s) page; built apart from WXT (see src/content/build.ts).
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: [GATE_SCRIPT_PATH],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    // Only the two modules the gate imports on demand (a dynamic import from a content script
    // needs it): the lens on pages that name North Korea, the card UI on relevant ones. Chrome
    // serves them under a per-session URL, so pages cannot probe a fixed URL to learn that the
    // extension is installed.
    web_accessible_resources:
      manifestVersion === 2
        ? [LENS_MODULE_PATH, UI_MODULE_PATH]
        : [
            {
              resources: [LENS_MODULE_PATH, UI_MODULE_PATH],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    browser_specific_settings: {
      gecko: {
        id: 'dprk-labor-lens@dprk-labor-lens.github.io',
        // 140 (an ESR) is the first with the CSS Custom Highlight API and with
        // `data_collection_permissions`; Firefox for Android gained the latter in 142.
        strict_min_version: '140.0',
        // Firefox asks new extensions to declare what they collect: nothing leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
