import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Build configuration. `LENS_OUT_DIR` lets parallel builds (e.g. a test run next to a demo)
 * write to separate folders; the browser tests read the same variable.
 */
export default defineConfig({
  outDir: process.env.LENS_OUT_DIR ?? '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'DPRK Labor Lens',
    description:
      'Notices news about North Korean workers sent abroad and adds source-cited context cards.',
    permissions: ['storage'],
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
  },
});
