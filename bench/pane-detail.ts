/**
 * Per-sample figures of bench/pane.ts's sequence: which step, which level, which key is slow.
 *
 *   npx tsx bench/pane-detail.ts ../pane-build 3 4     # 3 cold runs at 4× CPU
 */
import { chromium } from 'playwright-core';
import { runOnce } from './pane.ts';
import { serveFolder } from './serve.ts';

const [dist = 'dist-preview', runs = '3', rate = '4'] = process.argv.slice(2);
const { origin } = await serveFolder(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
await runOnce(browser, `${origin}/preview.html`, origin, Number(rate)).catch(() => undefined);
for (let i = 0; i < Number(runs); i++) {
  const r = await runOnce(browser, `${origin}/preview.html`, origin, Number(rate));
  const round = (xs: readonly number[]) => xs.map((x) => Math.round(x)).join(' ');
  console.log(`run ${i}: ready ${round(r.times.ready)} create ${round(r.times.create)}`);
  console.log(`  step ${round(r.times.step)}`);
  console.log(`  mark ${round(r.times.mark)}`);
  console.log(`  type ${round(r.times.type)}`);
  for (const phase of ['step', 'mark', 'type'] as const) {
    const w = r.windows[phase];
    const long = r.tasks.filter((t) => t.start >= w.start && t.start < w.end).map((t) => `${Math.round(t.start - w.start)}+${Math.round(t.duration)}`);
    console.log(`  ${phase} long tasks: ${long.join(' ')}`);
  }
}
await browser.close();
process.exit(0);
