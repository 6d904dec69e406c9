/**
 * Where a step switch's main-thread time goes: one cold run of the preview
 * (bench/pane.ts's 建立, then every step in order, twice), with a Chromium
 * trace (`RunTask` wall and thread time per switch, and how much of it is
 * style, layout, paint and script) and a CPU profile whose self time is
 * mapped through the build's source maps to source files and functions.
 *
 *   npx webpack --mode production --env preview --output-path ../pane-build
 *   npx tsx bench/pane-profile-steps.ts ../pane-build 4        # 4× CPU
 *   npx tsx bench/pane-profile-steps.ts ../pane-build 4 mark   # a level's clicks in 五 instead
 *   npx tsx bench/pane-profile-steps.ts ../pane-build 4 type   # keystrokes in 優點 instead
 *
 * ONLY=click counts only the samples of the tasks that dispatched a click; ACTIONS='level 2' only those of the
 * actions so labelled; INCL=1 adds inclusive time by function; TIMELINE=1 (or 2) lists each action's tasks.
 * CATS='scheduler,' adds trace categories; with `scheduler`, TIMELINE names each task's type
 * (TASK_TYPE_INTERNAL_AUTOFILL: Chromium's autofill reading a changed text control's form).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';
import { PANE_VIEWPORT, pointAt } from './pane.ts';
import { serveFolder } from './serve.ts';

const [dist = 'dist-preview', rate = '4', what = 'step'] = process.argv.slice(2);

const { server, origin } = await serveFolder(dist);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: 'zh-TW' });
const page = await context.newPage();
page.setDefaultTimeout(120_000);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
await page.goto(`${origin}/preview.html`);
await page.getByRole('textbox', { name: /受評單位名稱/ }).fill('台灣安全製造股份有限公司');
await page.getByRole('textbox', { name: /初審單位/ }).fill('勞動部職業安全衛生署');
await page.getByRole('textbox', { name: /選拔年度/ }).fill('113');
await page.getByRole('textbox', { name: /評鑑日期/ }).fill('113/04/15');
await page.getByRole('button', { name: '建立初審工作表' }).click();
await page.locator('#osh-step-heading').filter({ hasText: '基本資料' }).waitFor();
// Long enough for the work that follows 建立 (and any warm-up the pane does when idle) to be done.
await page.waitForTimeout(8000);

const tabs = page.getByRole('tab');
const titles = await tabs.evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
if (what === 'mark') {
  await tabs.nth(titles.findIndex((t) => /^五\s?、/.test(t))).click();
  await page.waitForTimeout(1500);
}
if (what === 'type') {
  await tabs.nth(titles.indexOf('意見與結果')).click();
  await page.getByRole('textbox', { name: /^優點/ }).click();
  await page.waitForTimeout(1500);
}

// Trace and profile the actions only.
const events: { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { name?: string; data?: { name?: string } } }[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
const traced = new Promise<void>((d) => cdp.once('Tracing.tracingComplete', () => d()));
await cdp.send('Tracing.start', { categories: (process.env.CATS ?? '') + 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,toplevel,v8.execute', transferMode: 'ReportEvents' });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');

const labels: string[] = [];
const act = async (label: string, run: () => Promise<void>) => {
  await page.evaluate((l) => performance.mark(`pp:${l}`), String(labels.length));
  labels.push(label);
  await run();
};
if (what === 'mark') {
  const cards = page.locator('section[id^="osh-item-5-"]');
  for (let c = 0; c < (await cards.count()); c++) {
    const levels = cards.nth(c).locator('fieldset[role="radiogroup"] > label input[type="radio"]');
    for (const which of [(await levels.count()) - 1, 0]) {
      // By position, as the bench clicks: Playwright's actionability checks would run on the page's main thread.
      const level = levels.nth(which);
      await level.scrollIntoViewIfNeeded();
      const box = (await level.boundingBox())!;
      await act(`item ${c} level ${which}`, await pointAt(page, box));
      await page.waitForTimeout(800);
    }
  }
} else if (what === 'type') {
  for (const key of 'safetyfirst') {
    await act(`key ${key}`, () => page.keyboard.press(key));
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(1000);
} else {
  // Handles found before the trace, clicked by position: Playwright's role queries over the pane (and the waits
  // for actionability) would be on the page's main thread, in the figures.
  const handles = await tabs.elementHandles();
  for (const i of [...titles.keys()].slice(1).concat(0)) {
    const box = (await handles[i]!.boundingBox())!;
    const click = await pointAt(page, box);
    await act(titles[i]!, async () => {
      await click();
      await page.waitForFunction((t) => document.getElementById('osh-step-heading')?.textContent?.trim() === t, titles[i]!, { polling: 100 });
    });
    await page.waitForTimeout(1200);
    // The step change scrolls to its heading: back to the top, where the tabs are.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
  }
}
await page.evaluate(() => performance.mark('pp:end'));
await page.waitForTimeout(300);

const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { startTime: number; nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
await cdp.send('Tracing.end');
await traced;
await browser.close();
server.close();

// The trace: the renderer's main thread, split at the marks.
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
const marks = onMain.filter((e) => e.name.startsWith('pp:')).sort((a, b) => a.ts - b.ts);
const KINDS = { script: ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks'], style: ['UpdateLayoutTree', 'RecalculateStyles'], layout: ['Layout'], paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers'] } as const;
console.log(`${what} at ${rate}× CPU: per action, main-thread RunTask wall / thread ms, longest task, and top-level event time by kind (ms)`);
let sumWall = 0;
let sumThread = 0;
for (let i = 0; i < marks.length - 1; i++) {
  const from = marks[i]!.ts;
  const to = marks[i + 1]!.ts;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= from && e.ts < to);
  const wall = tasks.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000;
  const thread = tasks.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000;
  const longest = Math.max(0, ...tasks.map((t) => t.dur ?? 0)) / 1000;
  const byKind = Object.entries(KINDS).map(([k, names]) => {
    const ev = onMain.filter((e) => e.ph === 'X' && e.ts >= from && e.ts < to && (names as readonly string[]).includes(e.name));
    return `${k} ${(ev.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000).toFixed(0)}`;
  });
  sumWall += wall;
  sumThread += thread;
  if (process.env.TIMELINE) {
    for (const t of tasks.filter((t) => (t.dur ?? 0) > 8_000 && t.ts < from + 1_000_000)) {
      const inner = onMain
        .filter((e) => e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 4_000 && e.name !== 'RunTask')
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 6)
        .map((e) => `${e.name}${(e.args as { data?: { type?: string; functionName?: string } })?.data?.type ? `(${(e.args as { data: { type: string } }).data.type})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`);
      // The task's type, where the trace has it (CATS='scheduler,'): Blink's ThreadControllerImpl::RunTask beside it.
      const type = JSON.stringify(onMain.find((e) => e.name === 'ThreadControllerImpl::RunTask' && Math.abs(e.ts - t.ts) < 50)?.args ?? {}).match(/TASK_TYPE_[A-Z_]+/)?.[0] ?? '';
      console.log(`    +${((t.ts - from) / 1000).toFixed(0).padStart(5)} ${((t.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${inner.join(', ')} ${type}`.trimEnd());
      if (process.env.TIMELINE === '2' && (t.dur ?? 0) > Number(process.env.TL_TASK ?? 30_000)) {
        for (const e of onMain.filter((e) => e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > Number(process.env.TL_MIN ?? 1_500)).sort((a, b) => a.ts - b.ts)) {
          const d = (e.args as { data?: { type?: string; functionName?: string; url?: string } })?.data;
          // A layout's size: objects dirty of those in the tree (Chromium's Layout event's beginData).
          const l = (e.args as { beginData?: { dirtyObjects?: number; totalObjects?: number } })?.beginData;
          const size = e.name === 'Layout' && l ? ` ${l.dirtyObjects}/${l.totalObjects} objects` : '';
          console.log(`        ${((e.ts - t.ts) / 1000).toFixed(1).padStart(6)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${e.name}${d?.type ? `(${d.type})` : ''}${d?.functionName ? ` ${d.functionName}` : ''}${size}`);
        }
      }
    }
  }
  console.log(`${labels[i]!.padEnd(24)} wall ${wall.toFixed(0).padStart(5)}  thread ${thread.toFixed(0).padStart(5)}  longest ${longest.toFixed(0).padStart(5)}  ${byKind.join(', ')}`);
}
console.log(`mean over ${marks.length - 1}: wall ${(sumWall / (marks.length - 1)).toFixed(1)}, thread ${(sumThread / (marks.length - 1)).toFixed(1)}`);

// The profile: self time by source file and by function, through the source maps.
const maps = new Map<string, TraceMap | null>();
const mapFor = (url: string) => {
  if (!maps.has(url)) {
    const f = join(dist, basename(new URL(url).pathname) + '.map');
    maps.set(url, existsSync(f) ? new TraceMap(readFileSync(f, 'utf8')) : null);
  }
  return maps.get(url) ?? null;
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, (typeof profile.nodes)[number]>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
const incl = new Map<string, number>();
const files = new Map<string, number>();
const fns = new Map<string, number>();
// ONLY=click (or keypress…): only the samples inside the tasks that dispatched that event (the input's own task);
// ONLY=FireIdleCallback (any trace event's name): the tasks that ran one.
const only = process.env.ONLY;
const isOnly = (e: (typeof onMain)[number]) => (e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === only) || e.name === only;
const inputTasks = only
  ? onMain.filter((t) => t.name === 'RunTask' && t.ph === 'X' && onMain.some((e) => isOnly(e) && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)))
  : [];
// ACTIONS=regex: only the samples between the marks of the actions whose label matches (`ACTIONS='level 2'`).
const actions = process.env.ACTIONS ? new RegExp(process.env.ACTIONS) : null;
const spans = marks.slice(0, -1).map((m, i) => ({ from: m.ts, to: marks[i + 1]!.ts, label: labels[i]! })).filter((s) => !actions || actions.test(s.label));
let clock = profile.startTime;
profile.samples.forEach((id, i) => {
  clock += profile.timeDeltas[i] ?? 0;
  if (only && !inputTasks.some((t) => clock >= t.ts && clock < t.ts + (t.dur ?? 0))) return;
  if (actions && !spans.some((s) => clock >= s.from && clock < s.to)) return;
  const n = byId.get(id)!;
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  const { url, functionName, lineNumber, columnNumber } = n.callFrame;
  let file = functionName || '(native)';
  let fn = file;
  if (url.startsWith('http')) {
    const pos = mapFor(url) ? originalPositionFor(mapFor(url)!, { line: lineNumber + 1, column: columnNumber }) : null;
    const src = pos?.source ? pos.source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '') : basename(url);
    file = src.includes('node_modules/') ? src.slice(src.lastIndexOf('node_modules/') + 13).split('/').slice(0, 2).join('/') : src;
    fn = `${pos?.name ?? functionName ?? '?'} (${src.replace(/^.*node_modules\//, '')}:${pos?.line ?? '?'})`;
  }
  if (file === '(idle)' || file === '(program)') return;
  if (process.env.INCL) {
    // Inclusive time: each function on the sample's stack, once.
    const seen = new Set<string>();
    for (let p: typeof n | undefined = n; p; p = parentOf.get(p.id)) {
      const f = p.callFrame;
      if (!f.url.startsWith('http')) continue;
      const pos = mapFor(f.url) ? originalPositionFor(mapFor(f.url)!, { line: f.lineNumber + 1, column: f.columnNumber }) : null;
      const key = `${pos?.name ?? f.functionName} (${(pos?.source ?? '').replace(/^.*node_modules\//, '').replace(/^webpack:\/\/[^/]*\//, '')}:${pos?.line ?? '?'})`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + ms);
    }
  }
  files.set(file, (files.get(file) ?? 0) + ms);
  fns.set(fn, (fns.get(fn) ?? 0) + ms);
});
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(0).padStart(6)}  ${k}`).join('\n');
if (process.env.INCL) console.log(`\ninclusive time by function (ms):\n${top(incl, 60)}`);
console.log(`\nself time by file (ms, over all actions):\n${top(files, 25)}\n\nself time by function:\n${top(fns, 40)}`);
process.exit(0);
