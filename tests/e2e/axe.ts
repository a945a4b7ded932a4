/**
 * axe-core in a test page, every rule and impact: for the overlay (inside its shadow root) and
 * the popup in each interface language, light and dark. Injected through the driver, so neither
 * a page's nor an extension page's CSP blocks it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageHandle } from './harness';

/** What to check: the whole page, or elements inside shadow roots (host selector first). */
export type AxeScope = { shadow: string[] } | null;

/** Every violation axe finds in `scope`, as "rule (impact, n nodes: first target)". */
export async function axeViolations(page: PageHandle, scope: AxeScope = null): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const raw = page.raw as { evaluate(source: string): Promise<unknown> };
  await raw.evaluate(source);
  return page.evaluate(async (shadow: string[] | null) => {
    type Node = { target: unknown[] };
    type Result = { violations: Array<{ id: string; impact?: string; nodes: Node[] }> };
    const axe = (globalThis as unknown as { axe: { run(context?: unknown): Promise<Result> } }).axe;
    const result = await axe.run(shadow ? { include: [{ fromShadowDom: shadow }] } : undefined);
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length} nodes: ${JSON.stringify(v.nodes[0]?.target)})`,
    );
  }, scope?.shadow ?? null);
}
