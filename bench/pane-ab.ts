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
 *   npx tsx bench/pane-ab.ts ../pane-before ../pane-after 12 4 mark    # 建立, then the levels alone
 */
import { chromium } from 'playwright-core';
import { median } from './lib.ts';
import { PHASES, quantile, runOnce, type Run } from './pane.ts';
import { serveFolder } from './serve.ts';

const serve = async (dist: string) => (await serveFolder(dist)).origin;
const [a, b, rounds = '3', rate = '4', only] = process.argv.slice(2);
// `ready`: the opening alone (pane.ready), a few seconds a run instead of a minute; for changes to the start.
// `mark`: 建立 and the levels, without the step tour: for a level's click, its first one above all.
if (only !== undefined && only !== 'ready' && only !== 'mark') throw new Error(`pane-ab: unknown part ${only} (ready or mark)`);
const part = only as 'ready' | 'mark' | undefined;
const origins = { before: await serve(a!), after: await serve(b!) };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const runs: Record<string, Run[]> = { before: [], after: [] };
await runOnce(browser, `${origins.after}/preview.html`, origins.after, Number(rate), part).catch(() => undefined);
for (let i = 0; i < Number(rounds); i++) {
  for (const k of i % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
    runs[k]!.push(await runOnce(browser, `${origins[k]}/preview.html`, origins[k], Number(rate), part));
    console.error(`round ${i} ${k} done`);
  }
}
for (const phase of part === 'ready' ? (['ready'] as const) : part === 'mark' ? (['ready', 'create', 'mark'] as const) : PHASES) {
  const line = (['before', 'after'] as const).map((k) => {
    const all = runs[k]!;
    const pooled = all.flatMap((r) => r.times[phase]);
    const longest = Math.max(0, ...all.flatMap((r) => r.tasks.filter((t) => t.start >= r.windows[phase].start && t.start < r.windows[phase].end).map((t) => t.duration)));
    return `${k}: median ${median(pooled).toFixed(0)} p95 ${quantile(pooled, 0.95).toFixed(0)} longest task ${longest.toFixed(0)}`;
  });
  console.log(`pane.${phase}${rate === '1' ? '' : `.cpu${rate}x`}  ${line.join('  |  ')}`);
}
// A run's first level click sets pane.mark's p95 (one in ten samples, always the slowest kind): on its own.
if (part !== 'ready') {
  const firsts = (['before', 'after'] as const).map((k) => {
    const first = runs[k]!.map((r) => r.times.mark[0]!);
    return `${k}: median ${median(first).toFixed(0)} max ${Math.max(...first).toFixed(0)} (${first.map((x) => x.toFixed(0)).join(' ')})`;
  });
  console.log(`first level click  ${firsts.join('  |  ')}`);
}
await browser.close();
process.exit(0);
