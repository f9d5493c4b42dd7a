// Runs axe-core in a page and reports what it finds (issue 6.3). Web pages get axe through a script
// tag; extension pages' CSP (script-src 'self') refuses inline scripts, so there axe is evaluated
// through the DevTools protocol, which that CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(__filename).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  if (page.url().startsWith('http')) {
    await page.addScriptTag({ path: axePath });
  } else {
    axeSource ??= readFileSync(axePath, 'utf8');
    await page.evaluate(axeSource);
  }
}

/** WCAG 2.1 A/AA and best-practice rules; `include` limits the run to some elements (and their open shadow roots). */
export interface AxeRun {
  violations: AxeViolation[];
  /** How many buttons axe examined for an accessible name: proof that it reached them. */
  buttonsChecked: number;
}

export async function runAxe(page: Page, include?: string): Promise<AxeRun> {
  await injectAxe(page);
  return page.evaluate(async (selector) => {
    type Result = { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const context = selector ? { include: [[selector]] } : document;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
    const named = [...result.passes, ...result.violations].filter((rule) => rule.id === 'button-name');
    return {
      violations: result.violations.map(({ id, impact, help, nodes }) => ({ id, impact: impact ?? null, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) })),
      buttonsChecked: named.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  }, include);
}

/** One line per violation and node, so a failing run says what to fix and where. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) => violation.nodes.map((node) => `${where}: ${violation.id} (${violation.impact}) ${violation.help} at ${JSON.stringify(node.target)}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`))
    .join('\n');
}
