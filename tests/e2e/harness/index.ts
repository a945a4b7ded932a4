/**
 * The browser test harness: import everything from here. See tests/e2e/README.md for the
 * API and an example test.
 */
export {
  type BrowserTestContext,
  describeEachBrowser,
  selectedBrowsers,
} from './describe-each-browser';
export { type EgressProxy, type EgressRequest, startEgressProxy } from './egress-proxy';
export {
  type FixtureServer,
  type FixtureServerOptions,
  type RecordedRequest,
  type RouteHandler,
  type RouteResponse,
  startFixtureServer,
} from './fixture-server';
export type { ConsoleError, PageHandle, WaitOptions, WaitState } from './page-handle';
export { artifactPath, type BrowserName, extensionDir, findBrowserExecutable } from './paths';
export { type ExtensionSession, type LaunchOptions, launchExtension } from './session';
