/**
 * The task pane's weight and load time: the JavaScript taskpane.html loads
 * before first paint (its script tags plus webpack's initial chunks of the
 * taskpane entry), raw and gzip, against Microsoft's React task-pane
 * template; and first render / interactive in headless Chromium, served
 * from 127.0.0.1, median of cold loads, against a blank page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { int, kb, median, ms, num, type Report } from './lib.ts';
import { benchPane, type PaneFigure } from './pane.ts';
import { serveFolder } from './serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Microsoft's React task-pane template (Fluent UI v9, React 18), production build. */
const REFERENCE = { raw: 541 * 1024, gzip: 169 * 1024 };
const TARGET_GZIP = 118 * 1024;

const CONFIGS = ['webpack.config.js', 'webpack.config.mjs', 'webpack.config.cjs', 'webpack.config.ts'];

interface Build {
  readonly dist: string;
  readonly stats: string | undefined;
  readonly cleanup: () => void;
}

/** Builds with the project's webpack config into a temp folder (dist/ is left alone); falls back to an existing dist/. */
/**
 * @param options.preview with the preview page (the pane over the Office double), for the pane's figures; it is a
 *   build of its own because a second entry changes how webpack splits the task pane's chunks
 */
function build(report: Report, options: { build: boolean; preview?: boolean }): Build | undefined {
  const key = options.preview ? 'pane' : 'bundle';
  const html = options.preview ? 'preview.html' : 'taskpane.html';
  const fallback = options.preview ? 'dist-preview' : 'dist';
  const config = CONFIGS.find((c) => existsSync(join(ROOT, c)));
  if (options.build && config) {
    const out = mkdtempSync(join(tmpdir(), 'osh-review-build-'));
    const stats = join(out, 'stats.json');
    const dist = join(out, 'dist');
    const r = spawnSync('npx', ['webpack', '--mode', 'production', ...(options.preview ? ['--env', 'preview'] : []), '--output-path', dist, '--json', stats], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 600_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status === 0 && existsSync(join(dist, html))) return { dist, stats, cleanup: () => rmSync(out, { recursive: true, force: true }) };
    const why = (r.stderr || r.stdout || String(r.error ?? '')).split('\n').find((l) => /error/i.test(l)) ?? `exit ${r.status}`;
    rmSync(out, { recursive: true, force: true });
    if (!existsSync(join(ROOT, fallback, html))) {
      report.skip(key, `\`npx webpack --mode production\` with ${config} failed (${why.trim().slice(0, 200)}) and there is no ${fallback}/${html}`);
      return undefined;
    }
    report.note(key, `the production build failed (${why.trim().slice(0, 200)}); measuring the existing ${fallback}/ instead`);
  }
  if (existsSync(join(ROOT, fallback, html))) return { dist: join(ROOT, fallback), stats: undefined, cleanup: () => undefined };
  report.skip(key, config ? `no ${fallback}/${html} (run with the build enabled, or \`npx webpack --mode production${options.preview ? ' --env preview' : ''}\`)` : `the task-pane build is not set up yet (no webpack.config.*, no ${fallback}/${html})`);
  return undefined;
}

interface FirstPaintJs {
  readonly files: readonly string[];
  readonly external: readonly string[];
  readonly raw: number;
  readonly gzip: number;
  readonly lazyRaw: number;
  readonly lazyFiles: number;
  readonly sheets: readonly string[];
  readonly cssRaw: number;
  readonly cssGzip: number;
}

/** The JS taskpane.html loads before first paint: its local script tags, plus the taskpane entry's initial chunks. */
function firstPaintJs(dist: string, statsFile: string | undefined): FirstPaintJs {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const srcs = [
    ...[...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)["']?[^>]*>/gi)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*?\brel\s*=\s*["']?(?:modulepreload|preload)["']?[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)["']?[^>]*>/gi)].map((m) => m[1]!),
  ];
  const external = srcs.filter((s) => /^(https?:)?\/\//i.test(s));
  const local = new Set(srcs.filter((s) => !/^(https?:)?\/\//i.test(s)).map((s) => normalize(s.split(/[?#]/)[0]!.replace(/^\//, ''))));
  if (statsFile && existsSync(statsFile)) {
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { entrypoints?: Record<string, { assets?: (string | { name: string })[] }> };
    for (const asset of stats.entrypoints?.taskpane?.assets ?? []) {
      const name = typeof asset === 'string' ? asset : asset.name;
      if (name.endsWith('.js')) local.add(normalize(name));
    }
  }
  const files = [...local].filter((f) => existsSync(join(dist, f)));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  // The style sheets it links: Griffel's rules, extracted at build time (webpack.config.js).
  const sheets = [...html.matchAll(/<link\b[^>]*?\brel\s*=\s*["']?stylesheet["']?[^>]*>/gi)]
    .map((m) => /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1])
    .filter((s): s is string => s !== undefined && !/^(https?:)?\/\//i.test(s) && existsSync(join(dist, s)));
  const css = sheets.map((s) => readFileSync(join(dist, s)));
  const cssRaw = css.reduce((sum, b) => sum + b.length, 0);
  const cssGzip = css.reduce((sum, b) => sum + gzipSync(b).length, 0);
  const allJs = readdirSync(dist).filter((f) => f.endsWith('.js') && statSync(join(dist, f)).isFile());
  const lazy = allJs.filter((f) => !local.has(f) && !/^(commands|unsupported|preview)\./.test(f));
  const lazyRaw = lazy.reduce((s, f) => s + statSync(join(dist, f)).size, 0);
  return { files, external, raw, gzip, lazyRaw, lazyFiles: lazy.length, sheets, cssRaw, cssGzip };
}

const BLANK = '<!doctype html><html lang="zh-TW"><head><meta charset="utf-8"><title>blank</title></head><body><div id="root"><p>空白頁</p></div></body></html>';

/** Serves `dir`, plus /__blank.html for the reference. */
const serve = (dir: string) => serveFolder(dir, { '/__blank.html': BLANK });

/**
 * Stands in for Office.js from the CDN (there is no network here): Office.onReady
 * resolves at once with no host, as in a plain browser, so the pane takes its
 * outside-Office path. Its own download and start-up are not in the figures.
 */
const OFFICE_STUB = `window.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline', iOS: 'iOS', Universal: 'Universal' },
  context: { requirements: { isSetSupported: function () { return false; } }, displayLanguage: 'zh-TW', contentLanguage: 'zh-TW', diagnostics: null, platform: null, host: null },
  onReady: function (cb) { var info = { host: null, platform: null }; if (cb) setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); },
  initialize: null
};`;

/** Records, from before the first byte is parsed, when `mount` first gets content and when a control appears. */
function observer(mount: string): string {
  return `(() => {
  const b = (window.__bench = { firstRender: null, control: null, idle: null });
  const controls = 'button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[role="button"],[role="tab"],a[href]';
  const check = () => {
    const m = document.querySelector(${JSON.stringify(mount)});
    if (!m) return;
    const t = performance.now();
    if (b.firstRender === null && m.firstElementChild) {
      b.firstRender = t;
      // The first task after the render's: the main thread is free again.
      setTimeout(() => { b.idle = performance.now(); }, 0);
    }
    if (b.control === null && m.querySelector(controls)) b.control = t;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;
}

interface Load {
  readonly fcp: number | null;
  readonly dcl: number;
  readonly load: number;
  readonly firstRender: number | null;
  readonly interactive: number | null;
  readonly control: boolean;
  /** Paths of the scripts the page fetched from its own origin. */
  readonly scripts: readonly string[];
  readonly marks: readonly { name: string; startTime: number }[];
}

type Browser = import('playwright-core').Browser;

async function loadOnce(browser: Browser, url: string, origin: string, mount: string, cpuSlowdown: number): Promise<Load> {
  const context = await browser.newContext();
  try {
    // Only requests leaving 127.0.0.1 are intercepted: office.js gets the stub, anything else is refused.
    await context.route(
      (u) => u.origin !== origin,
      (route) => (/office(\.debug)?\.js$/i.test(new URL(route.request().url()).pathname) ? route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }) : route.abort()),
    );
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      const u = new URL(request.url());
      if (u.origin === origin && u.pathname.endsWith('.js')) scripts.push(u.pathname.replace(/^\//, ''));
    });
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.addInitScript(observer(mount));
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: { idle: number | null } }).__bench.idle !== null, undefined, { timeout: 20_000 }).catch(() => undefined);
    // Give a control a moment to appear (a pane that shows only text has none).
    await page.waitForFunction(() => (window as unknown as { __bench: { control: number | null } }).__bench.control !== null, undefined, { timeout: 1_000 }).catch(() => undefined);
    // Let the chunks the pane warms after its first paint arrive before counting them.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    const timings = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { firstRender: number | null; control: number | null; idle: number | null } }).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const dcl = nav?.domContentLoadedEventEnd ?? NaN;
      const interactive = b.idle === null ? null : Math.max(b.idle, dcl, b.control ?? 0);
      return {
        fcp,
        dcl,
        load: nav?.loadEventEnd ?? NaN,
        firstRender: b.firstRender,
        interactive,
        control: b.control !== null,
        marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, startTime: m.startTime })),
      };
    });
    return { ...timings, scripts };
  } finally {
    await context.close();
  }
}

function mountOf(html: string): string {
  const empty = /<div\b[^>]*\bid\s*=\s*["']?([\w-]+)["']?[^>]*>\s*<\/div>/i.exec(html);
  return empty ? `#${empty[1]}` : 'body';
}

async function timeLoads(report: Report, dist: string, runs: number): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    report.skip('bundle.load', `no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    return;
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    report.skip('bundle.load', 'playwright-core is not installed');
    return;
  }
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const mount = mountOf(readFileSync(join(dist, 'taskpane.html'), 'utf8'));
    const version = browser.version();
    for (const slowdown of [1, 4]) {
      await loadOnce(browser, `${origin}/taskpane.html`, origin, mount, slowdown); // warm the browser process, not the page cache
      const pane: Load[] = [];
      const blank: Load[] = [];
      for (let i = 0; i < runs; i++) {
        pane.push(await loadOnce(browser, `${origin}/taskpane.html`, origin, mount, slowdown));
        blank.push(await loadOnce(browser, `${origin}/__blank.html`, origin, '#root', slowdown));
      }
      const m = (pick: (l: Load) => number | null, of = pane) => {
        const values = of.map(pick).filter((v): v is number => v !== null && Number.isFinite(v));
        return values.length === of.length ? median(values) : null;
      };
      const show = (v: number | null) => (v === null ? 'n/a' : ms(v));
      const marks = [...new Set(pane.flatMap((l) => l.marks.map((x) => x.name)))];
      const markText = marks.length
        ? `; the page's marks: ${marks.map((name) => `${name} ${show(median(pane.map((l) => l.marks.find((x) => x.name === name)?.startTime ?? NaN).filter(Number.isFinite)))}`).join(', ')}`
        : '; the page sets no performance marks';
      const controls = pane.every((l) => l.control) ? 'a control (button/input) appeared' : 'no control appeared, so interactive = first idle task after first render';
      if (slowdown === 1) {
        // What the pane fetches by the time it is idle: the first paint plus what it warms after it.
        const fetched = [...new Set(pane.flatMap((l) => l.scripts))].filter((f) => existsSync(join(dist, f)));
        const sizes = fetched.map((f) => {
          const bytes = readFileSync(join(dist, f));
          return { f, raw: bytes.length, gzip: gzipSync(bytes).length };
        });
        const notFetched = readdirSync(dist).filter((f) => f.endsWith('.js') && !fetched.includes(f) && !/^(commands|unsupported|preview)\./.test(f));
        const notRaw = notFetched.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
        report.figure({
          key: 'bundle.warm',
          text: `by the time taskpane.html is idle it has fetched ${kb(sizes.reduce((a, x) => a + x.raw, 0))} raw / ${kb(sizes.reduce((a, x) => a + x.gzip, 0))} gzip of JS in ${int(sizes.length)} files (the first paint, then the review session, the start and review forms and the strings, fetched while the workbook is checked); not fetched until used: ${int(notFetched.length)} chunks, ${kb(notRaw)} raw (ExcelJS, the tools, themes other than light, English, …)`,
        });
      }
      report.figure({
        key: slowdown === 1 ? 'bundle.load' : `bundle.load.cpu${slowdown}x`,
        text: `taskpane.html first render ${show(m((l) => l.firstRender))}, interactive ${show(m((l) => l.interactive))}, first contentful paint ${show(m((l) => l.fcp))}, DOMContentLoaded ${show(m((l) => l.dcl))} (median of ${runs} cold loads in headless Chromium ${version}${slowdown > 1 ? `, CPU slowed ${slowdown}×` : ''}, served from 127.0.0.1, office.js stubbed; ${controls}${markText}) vs a blank page: first contentful paint ${show(m((l) => l.fcp, blank))}`,
      });
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

/** The pane's felt speed over `dist`/preview.html, in a browser of its own. */
async function timePane(report: Report, dist: string, runs: number): Promise<PaneFigure[]> {
  if (!existsSync(CHROMIUM)) {
    report.skip('pane', `no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    return [];
  }
  const { chromium } = await import('playwright-core');
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    return await benchPane(report, browser, origin, runs);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

/**
 * The bundle's size and load time, then (with `pane`) the pane's felt speed over the preview page, in the same run.
 * @returns the pane's figures, for `bench --json`
 */
export async function benchBundle(report: Report, options: { build: boolean; runs: number; load?: boolean; pane?: boolean }): Promise<PaneFigure[]> {
  if (options.load ?? true) {
    const built = build(report, options);
    if (built) {
      try {
        const js = firstPaintJs(built.dist, built.stats);
        report.figure({
          key: 'bundle.size',
          text: `taskpane.html loads ${kb(js.raw)} raw / ${kb(js.gzip)} gzip of JS before first paint (${js.files.join(', ')}; gzip is zlib's default level; not counted: ${js.external.length ? js.external.join(', ') : 'no external scripts'}; ${js.lazyFiles ? `${int(js.lazyFiles)} lazy chunks, ${kb(js.lazyRaw)} raw, loaded later` : 'no lazy chunks'}) vs Microsoft's React task-pane template (Fluent UI v9, React 18, production): ${kb(REFERENCE.raw)} raw / ${kb(REFERENCE.gzip)} gzip = ${num((js.gzip / REFERENCE.gzip) * 100, 0)}% of its gzip size; and ${js.sheets.length ? `${kb(js.cssRaw)} raw / ${kb(js.cssGzip)} gzip of CSS (${js.sheets.join(', ')}: every style of the pane, extracted at build time)` : 'no style sheet'}`,
          target: `≤ ${kb(TARGET_GZIP)} gzip`,
          pass: js.gzip <= TARGET_GZIP,
        });
        await timeLoads(report, built.dist, options.runs);
      } finally {
        built.cleanup();
      }
    }
  }
  if (!(options.pane ?? true)) return [];
  const built = build(report, { build: options.build, preview: true });
  if (!built) return [];
  try {
    return await timePane(report, built.dist, options.runs);
  } finally {
    built.cleanup();
  }
}
