/**
 * Two builds of the preview compared run by run: cold runs of bench/pane.ts's
 * sequence, alternating the builds (and which goes first) in one browser, so
 * both see the same machine load. For a loaded machine, where two separate
 * bench runs differ more than the change being measured.
 *
 *   npx webpack --mode production --env preview --output-path ../pane-before   # on the old commit
 *   npx webpack --mode production --env preview --output-path ../pane-after
 *   npx tsx bench/pane-ab.ts ../pane-before ../pane-after 3 4    # 3 rounds at 4× CPU
 *   npx tsx bench/pane-ab.ts ../pane-before ../pane-after 12 4 ready   # pane.ready alone, 12 rounds
 */
import { chromium } from 'playwright-core';
import { median } from './lib.ts';
import { PHASES, quantile, runOnce, type Run } from './pane.ts';
import { serveFolder } from './serve.ts';

const serve = async (dist: string) => (await serveFolder(dist)).origin;
const [a, b, rounds = '3', rate = '4', only] = process.argv.slice(2);
// `ready`: the opening alone (pane.ready), a few seconds a run instead of a minute; for changes to the start.
const readyOnly = only === 'ready';
const origins = { before: await serve(a!), after: await serve(b!) };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const runs: Record<string, Run[]> = { before: [], after: [] };
await runOnce(browser, `${origins.after}/preview.html`, origins.after, Number(rate), readyOnly).catch(() => undefined);
for (let i = 0; i < Number(rounds); i++) {
  for (const k of i % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
    runs[k]!.push(await runOnce(browser, `${origins[k]}/preview.html`, origins[k], Number(rate), readyOnly));
    console.error(`round ${i} ${k} done`);
  }
}
for (const phase of readyOnly ? (['ready'] as const) : PHASES) {
  const line = (['before', 'after'] as const).map((k) => {
    const all = runs[k]!;
    const pooled = all.flatMap((r) => r.times[phase]);
    const longest = Math.max(0, ...all.flatMap((r) => r.tasks.filter((t) => t.start >= r.windows[phase].start && t.start < r.windows[phase].end).map((t) => t.duration)));
    return `${k}: median ${median(pooled).toFixed(0)} p95 ${quantile(pooled, 0.95).toFixed(0)} longest task ${longest.toFixed(0)}`;
  });
  console.log(`pane.${phase}${rate === '1' ? '' : `.cpu${rate}x`}  ${line.join('  |  ')}`);
}
await browser.close();
process.exit(0);
