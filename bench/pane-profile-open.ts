/**
 * Where the time of `pane.ready` and `pane.create` goes: one cold run of
 * bench/pane.ts's opening and 建立 over a built preview, with a CDP CPU
 * profile (self time by source file and function, through the build's source
 * maps) and a trace (main-thread CPU time: the `tdur` of the renderer main
 * thread's top-level tasks, which machine load barely moves) for each phase.
 *
 *   npx webpack --mode production --env preview --output-path ../pane-build
 *   npx tsx bench/pane-profile-open.ts ../pane-build 4      # CPU slowed 4×
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { serveFolder } from './serve.ts';

const [dist = 'dist-preview', rate = '4', top = '25'] = process.argv.slice(2);

const { server, origin } = await serveFolder(dist);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  startTime: number;
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, TraceMap | null>();
function mapOf(url: string): TraceMap | null {
  if (!maps.has(url)) {
    const file = join(dist, new URL(url).pathname) + '.map';
    maps.set(url, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
  }
  return maps.get(url)!;
}

/** The source file (node_modules packages folded to the package) and function of a frame. */
function place(frame: Node['callFrame']): { file: string; fn: string } {
  if (!frame.url.startsWith(origin)) return { file: frame.functionName || '(native)', fn: frame.functionName || '(anonymous)' };
  const map = mapOf(frame.url);
  const pos = map ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }) : null;
  let file = pos?.source ?? new URL(frame.url).pathname;
  file = file.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    file = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return { file, fn: `${pos?.name ?? frame.functionName ?? '(anonymous)'} ${file}:${pos?.line ?? frame.lineNumber}` };
}

/** Self time by file and function, of the samples before `until` (µs, the trace's clock). */
function summarise(label: string, profile: Profile, until = Infinity): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const files = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  let idle = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at > until) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') {
      idle += dt;
      return;
    }
    total += dt;
    const { file, fn } = place(node.callFrame);
    files.set(file, (files.get(file) ?? 0) + dt);
    fns.set(fn, (fns.get(fn) ?? 0) + dt);
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(top))
      .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
      .join('\n');
  console.log(`\n== ${label}: ${total.toFixed(0)} ms sampled busy, ${idle.toFixed(0)} ms idle\n-- by file\n${list(files)}\n-- by function\n${list(fns)}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string; timerId?: number } };
}

/** The main thread's tasks over 40 ms between two timestamps, each with its largest child events (a timeline to read). */
function longTasks(events: TraceEvent[], from: number, to: number): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return '';
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= from && e.ts < to);
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 40_000);
  return tasks
    .map((t) => {
      const inner = mine
        .filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 10_000 && e.name !== 'RunTask')
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 4)
        .map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName} ${(e.args.data.url ?? '').replace(/^.*\//, '')})` : e.args?.data?.type ? `(${e.args.data.type})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`);
      return `  +${((t.ts - from) / 1000).toFixed(0).padStart(6)} ms  ${((t.dur ?? 0) / 1000).toFixed(0).padStart(5)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(0)})  ${inner.join(', ')}`;
    })
    .join('\n');
}

async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((d) => cdp.once('Tracing.tracingComplete', () => d()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8', transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Main-thread CPU (thread time) of the renderer's top-level tasks between two timestamps (µs, trace clock). */
function mainThreadCpu(events: TraceEvent[], from: number, to: number): { cpu: number; wall: number; longest: number } {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= from && e.ts < to);
  return {
    cpu: tasks.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000,
    wall: tasks.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000,
    longest: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
  };
}

/** Wall time of the main thread's events by kind (nested events count in their own kind too: a guide, not a partition). */
function kinds(events: TraceEvent[], from: number, to: number): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const wanted = ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.parseOnBackground', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'ParseAuthorStyleSheet', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'EventDispatch', 'HitTest', 'v8.run'];
  const sums = new Map<string, number>();
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.ts < from || e.ts >= to || !wanted.includes(e.name)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
}

const clockOf = (events: TraceEvent[], mark: string) => events.find((e) => e.name === mark)?.ts;

/**
 * Waits until the check holds in the page, measured there as bench/pane.ts does (the check on every mutation
 * and frame, then a frame and a task: painted and free); marks `prof:<mark>` then, and returns its time.
 */
async function until(page: Page, mark: string, fn: string, arg?: string): Promise<number> {
  // A string, not a function: tsx would wrap a nested function in a helper the page does not have.
  const usable = (sel: string) => `((el) => !!el && !el.disabled && !el.closest('fieldset[disabled]') && el.getClientRects().length > 0)(${sel})`;
  const check =
    fn === 'start'
      ? usable(`document.querySelector('#root input[type="text"], #root input:not([type])')`)
      : `(() => { const h = document.getElementById('osh-step-heading'); return !!h && h.textContent.trim() === ${JSON.stringify(arg)} && ${usable("h.parentElement.querySelector('fieldset input, fieldset textarea')")}; })()`;
  await page.evaluate(`(() => {
    let seen = false;
    const poll = () => {
      if (seen || !(${check})) return;
      seen = true;
      requestAnimationFrame(() => setTimeout(() => { performance.mark('prof:${mark}'); window.__prof_${mark} = performance.now(); }, 0));
    };
    new MutationObserver(poll).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const frame = () => { poll(); if (!seen) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    poll();
  })()`);
  const handle = await page.waitForFunction(`window.__prof_${mark}`, undefined, { polling: 100, timeout: 120_000 });
  return (await handle.jsonValue()) as number;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 350, height: 600 }, locale: 'zh-TW', bypassCSP: true }); // the checks below are strings (tsx wraps nested functions in a helper the page lacks)
await context.route((u) => u.origin !== origin, (route) => route.abort());
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
if (Number(rate) > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 250 });

// Phase 1: navigation until the start form is usable.
let readyProfile!: Profile;
let readyMs = 0;
const readyTrace = await traced(cdp, async () => {
  await cdp.send('Profiler.start');
  await page.goto(`${origin}/preview.html`, { waitUntil: 'commit' });
  readyMs = await until(page, 'ready', 'start');
  const timeline = await page.evaluate(() =>
    [...performance.getEntriesByType('resource'), ...performance.getEntriesByType('mark'), ...performance.getEntriesByType('paint')]
      .map((e) => ({ t: e.startTime, end: e.startTime + e.duration, name: e.name.replace(location.origin, '') }))
      .sort((a, b) => a.t - b.t),
  );
  console.log(timeline.map((e) => `  ${e.t.toFixed(0).padStart(6)}–${e.end.toFixed(0).padEnd(6)} ${e.name}`).join('\n'));
  readyProfile = (await cdp.send('Profiler.stop')).profile as Profile;
});
const r0 = Math.min(...readyTrace.filter((e) => e.name === 'RunTask').map((e) => e.ts));
const r1 = clockOf(readyTrace, 'prof:ready') ?? Infinity;
const readyCpu = mainThreadCpu(readyTrace, r0, r1);
console.log(`ready trace kinds (ms wall): ${kinds(readyTrace, r0, r1)}`);
summarise(`pane.ready (profile until the form is usable) at ${rate}×: ${readyMs.toFixed(0)} ms wall; main thread ${readyCpu.cpu.toFixed(0)} ms CPU in tasks of ${readyCpu.wall.toFixed(0)} ms wall, longest ${readyCpu.longest.toFixed(0)} ms`, readyProfile, r1);

await page.waitForTimeout(3000);
await page.getByRole('textbox', { name: /受評單位名稱/ }).fill('台灣安全製造股份有限公司');
await page.getByRole('textbox', { name: /初審單位/ }).fill('勞動部職業安全衛生署');
await page.getByRole('textbox', { name: /選拔年度/ }).fill('113');
await page.getByRole('textbox', { name: /評鑑日期/ }).fill('113/04/15');
await page.waitForTimeout(1000);

// Phase 2: the 建立 click until 基本資料's first field is usable, then until the work it left is done.
let createProfile!: Profile;
let createMs = 0;
const createTrace = await traced(cdp, async () => {
  await cdp.send('Profiler.start');
  await page.evaluate(() => performance.mark('prof:click'));
  const t0 = (await page.evaluate(() => performance.getEntriesByName('prof:click')[0]!.startTime)) as number;
  const [at] = await Promise.all([until(page, 'created', 'step', '基本資料'), page.getByRole('button', { name: '建立初審工作表' }).click()]);
  createMs = at - t0;
  console.log(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`).join(', ')));
  createProfile = (await cdp.send('Profiler.stop')).profile as Profile;
  await page.waitForTimeout(4000);
  await page.evaluate(() => performance.mark('prof:after'));
});
const c0 = clockOf(createTrace, 'prof:click')!;
const c1 = clockOf(createTrace, 'prof:created')!;
const c2 = clockOf(createTrace, 'prof:after')!;
const createCpu = mainThreadCpu(createTrace, c0, c1);
const shownAt = clockOf(createTrace, 'osh-review:ready');
if (shownAt) summarise(`pane.create, the click until the pane's phase is 'ready' (基本資料 written, the form committed) at ${rate}×`, createProfile, shownAt);
const afterCpu = mainThreadCpu(createTrace, c1, c2);
console.log(`create: long tasks from the click\n${longTasks(createTrace, c0, c2)}`);
console.log(`ready: long tasks from navigation\n${longTasks(readyTrace, r0, r1)}`);
console.log(`create trace kinds (ms wall): ${kinds(createTrace, c0, c1)}`);
summarise(
  `pane.create at ${rate}×: ${createMs.toFixed(0)} ms wall (incl. Playwright's click); main thread ${createCpu.cpu.toFixed(0)} ms CPU in tasks of ${createCpu.wall.toFixed(0)} ms wall, longest ${createCpu.longest.toFixed(0)} ms; left behind (4 s): ${afterCpu.cpu.toFixed(0)} ms CPU`,
  createProfile,
  c1,
);
await browser.close();
server.close();
process.exit(0);
