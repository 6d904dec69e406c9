import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  edgeHtml: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  webView2: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
  macWebKit: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
};

function scripts(html: string): { src?: string; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ ...(/\bsrc="([^"]+)"/.exec(m[1]!) ? { src: /\bsrc="([^"]+)"/.exec(m[1]!)![1]! } : {}), body: m[2]!.trim() }));
}

/** Runs the ES5 build of unsupported.ts against a fake page; reports what it did. */
function runUnsupported(userAgent: string, extra: { Promise?: unknown; fetch?: unknown } = {}) {
  const es5 = transformSync(readFileSync(join(ROOT, 'src/taskpane/unsupported.ts'), 'utf8'), { loader: 'ts', target: 'es5' }).code;
  const message = { hidden: true, style: {} as Record<string, string>, removeAttribute: (name: string) => name === 'hidden' && (message.hidden = false) };
  const app = { style: {} as Record<string, string> };
  const window: Record<string, unknown> = { navigator: { userAgent }, Promise, fetch: () => undefined, ...extra };
  const document = {
    readyState: 'interactive',
    getElementById: (id: string) => (id === 'unsupported' ? message : id === 'root' ? app : null),
    addEventListener: () => undefined,
  };
  vm.runInNewContext(es5, { window, document, navigator: window['navigator'] });
  return { flagged: window['oshReviewUnsupported'] === true, shown: !message.hidden && message.style['display'] === 'block', appHidden: app.style['display'] === 'none' };
}

describe('taskpane.html', () => {
  const html = readFileSync(join(ROOT, 'src/taskpane/index.html'), 'utf8');

  it('loads Office.js from Microsoft\'s CDN and has no inline script', () => {
    const all = scripts(html);
    expect(all.map((s) => s.src)).toEqual([OFFICE_JS]);
    expect(all.every((s) => s.body === '')).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });

  it('carries the hidden zh-TW and en-US message and the app root', () => {
    expect(html).toMatch(/<div id="unsupported"[^>]*\bhidden\b/);
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/Office 2021/);
    expect(html).toMatch(/lang="en-US"[\s\S]*can't run in this version of Office/);
    expect(html).toContain('content="IE=edge"');
  });
});

describe('commands.html', () => {
  it('loads Office.js and nothing inline', () => {
    const html = readFileSync(join(ROOT, 'src/commands/commands.html'), 'utf8');
    expect(scripts(html)).toEqual([{ src: OFFICE_JS, body: '' }]);
  });
});

describe('unsupported.js', () => {
  it('is ES5 (esbuild refuses to lower newer syntax to ES5)', () => {
    expect(() => transformSync(readFileSync(join(ROOT, 'src/taskpane/unsupported.ts'), 'utf8'), { loader: 'ts', target: 'es5' })).not.toThrow();
    expect(() => transformSync('const f = () => 1;', { loader: 'ts', target: 'es5' })).toThrow();
  });

  it('shows the message in Internet Explorer and EdgeHTML webviews', () => {
    expect(runUnsupported(UA.ie11)).toEqual({ flagged: true, shown: true, appHidden: true });
    expect(runUnsupported(UA.edgeHtml)).toEqual({ flagged: true, shown: true, appHidden: true });
  });

  it('shows it when Promise or fetch is missing', () => {
    expect(runUnsupported(UA.webView2, { Promise: undefined })).toMatchObject({ flagged: true, shown: true });
    expect(runUnsupported(UA.webView2, { fetch: undefined })).toMatchObject({ flagged: true, shown: true });
  });

  it('stays out of the way in WebView2 and WebKit', () => {
    expect(runUnsupported(UA.webView2)).toEqual({ flagged: false, shown: false, appHidden: false });
    expect(runUnsupported(UA.macWebKit)).toEqual({ flagged: false, shown: false, appHidden: false });
  });
});

describe('webpack.config.js', () => {
  async function config() {
    return (await import(pathToFileURL(join(ROOT, 'webpack.config.js')).href)) as {
      normalizeBaseUrl(v: string): string;
      manifestFor(xml: string, base: string): string;
      default(env: unknown, argv: { mode?: string }): { entry: Record<string, string>; optimization: { splitChunks: { chunks(c: { name: string }): boolean } } };
    };
  }

  it('adds the trailing slash and refuses anything but https', async () => {
    const { normalizeBaseUrl } = await config();
    expect(normalizeBaseUrl('https://addins.example.gov.tw/osh')).toBe('https://addins.example.gov.tw/osh/');
    expect(normalizeBaseUrl('https://localhost:3000/')).toBe('https://localhost:3000/');
    expect(() => normalizeBaseUrl('http://addins.example.gov.tw/')).toThrow(/https/);
    expect(() => normalizeBaseUrl('not a url')).toThrow(/not a URL/);
    expect(() => normalizeBaseUrl('https://example.gov.tw/?x=1')).toThrow();
  });

  it('has the three entries and keeps unsupported.js out of shared chunks', async () => {
    const { default: make } = await config();
    const built = make({}, { mode: 'production' });
    expect(Object.keys(built.entry)).toEqual(expect.arrayContaining(['unsupported', 'taskpane', 'commands']));
    expect(built.optimization.splitChunks.chunks({ name: 'unsupported' })).toBe(false);
    expect(built.optimization.splitChunks.chunks({ name: 'taskpane' })).toBe(true);
  });
});
