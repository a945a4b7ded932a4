import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit and DOM tests: Node by default; a test file that needs a DOM opts in with
 * `// @vitest-environment happy-dom`. Browser tests have their own config
 * (`vitest.e2e.config.ts`) because they need a build and real browsers.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
