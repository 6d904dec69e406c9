/**
 * The task pane's Content-Security-Policy (src/taskpane/index.html), in real
 * Chromium: the built taskpane.html, with Office.js answered by a stub from
 * its CDN address, renders the React tree and Fluent UI's styles with no
 * violation; the same page with an inline script, an eval or a script from
 * elsewhere reports one (so the test can fail). And the built JavaScript
 * holds no eval( or new Function( of ours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { previewInChromium, WITHOUT_CHROMIUM } from '../browser/chromium.ts';
import { DIST, ensureDist } from '../browser/dist.ts';

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** The policy as the page states it, directive by directive. */
function policyOf(html: string): Map<string, string[]> {
  // The build minifies the page: attribute quotes may go.
  const content = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('no CSP meta');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/**
 * Office.js as far as the pane's entry point needs it: Office.onReady, the
 * requirement sets, and Excel.run over a workbook with no review in it (so
 * the pane shows its start form). Creating a review fails (no worksheets),
 * which the pane reports as an error.
 */
const OFFICE_STUB = `
window.Office = {
  context: { requirements: { isSetSupported: function () { return true; } }, displayLanguage: 'zh-TW' },
  onReady: function (cb) { var info = { host: 'Excel', platform: 'PC' }; setTimeout(function () { if (cb) cb(info); }, 0); return Promise.resolve(info); }
};
window.Excel = {
  run: function (batch) {
    var context = {
      workbook: { names: { getItemOrNullObject: function () { return { load: function () { return this; }, isNullObject: true }; } } },
      sync: function () { return Promise.resolve(); }
    };
    return Promise.resolve().then(function () { return batch(context); });
  }
};`;

/** Records every CSP violation the page sees, before any of its scripts run. */
const RECORD_VIOLATIONS = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
});`;

/** A script of this site's that tries eval (served only to the negative control). */
const EVAL_PROBE = `try { window.__eval = String(new Function('return 1')()); } catch (e) { window.__eval = e.name; }`;

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
}

describe.skipIf(WITHOUT_CHROMIUM)('taskpane.html under its Content-Security-Policy, in Chromium', () => {
  const site = previewInChromium();

  /** Opens taskpane.html (its HTML optionally changed), Office.js stubbed; nothing leaves the machine. */
  async function open(edit: (html: string) => string = (h) => h): Promise<{ page: Page; violations: () => Promise<Violation[]>; console: string[]; offsite: string[] }> {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'zh-TW' });
    page.setDefaultTimeout(15_000);
    const console: string[] = [];
    const offsite: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    page.on('pageerror', (e) => console.push(String(e)));
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === `${OFFICE_CDN}/lib/1/hosted/office.js`) return route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB });
      if (url.startsWith(`${OFFICE_CDN}/lib/1/hosted/AgaveErrorUX/`)) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>AgaveErrorUX</title>' });
      if (url.startsWith(`${site.origin}/taskpane.html`)) {
        const response = await route.fetch();
        return route.fulfill({ response, body: edit(await response.text()) });
      }
      if (url === `${site.origin}/__eval-probe.js`) return route.fulfill({ contentType: 'text/javascript', body: EVAL_PROBE });
      if (url.startsWith(site.origin)) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    await page.goto(`${site.origin}/taskpane.html`);
    return { page, violations: () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations), console, offsite };
  }

  it('states the policy: scripts from this site and Office.js only, no inline script, no eval', () => {
    const policy = policyOf(readFileSync(join(DIST, 'taskpane.html'), 'utf8'));
    expect(policy.get('script-src')).toEqual(["'self'", OFFICE_CDN]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    // Office.js's own frame (AgaveErrorUX), from the folder it was loaded from; nothing else may be framed.
    expect(policy.get('frame-src')).toEqual([OFFICE_CDN]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect([...policy.values()].flat().filter((v) => /unsafe-eval|\*/.test(v))).toEqual([]);
    // The ribbon's function file loads Office.js too, under the same policy.
    expect(policyOf(readFileSync(join(DIST, 'commands.html'), 'utf8'))).toEqual(policy);
  });

  it('renders the pane and Fluent UI’s styles, and submits its form, with no violation', { timeout: 60_000 }, async () => {
    const { page, violations, console, offsite } = await open();
    // The start form: React rendered it, and Griffel's rules apply (a Fluent button is styled, not the browser's grey).
    // They come in a style sheet from this site, extracted at build time (webpack.config.js), not inserted at run time.
    const create = page.getByRole('button', { name: '建立初審工作表' });
    await create.waitFor();
    const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.href?.startsWith(location.origin)).map((s) => s.cssRules.length));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toBeGreaterThan(500);
    const inserted = await page.evaluate(() => document.querySelectorAll('style[data-make-styles-bucket]').length);
    expect(inserted).toBe(0);
    const background = await create.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgb(239, 239, 239)');
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // Submitting (the stub cannot build sheets) shows the pane's own error: still no violation.
    await page.getByRole('textbox', { name: /受評單位名稱/ }).fill('○○實業股份有限公司');
    await create.click();
    await page.getByText('無法建立初審工作表').first().waitFor();
    expect(await violations()).toEqual([]);
    expect(console.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });

  it('lets Office.js frame its AgaveErrorUX page from its CDN (as it does on a host it does not trust yet), and no other frame', { timeout: 60_000 }, async () => {
    const { page, violations } = await open();
    await page.getByRole('button', { name: '建立初審工作表' }).waitFor();
    // What excel-web-16.00.js does when the host is not on its trusted list: a hidden frame from the folder office.js came from.
    const frame = (src: string) =>
      page.evaluate(
        (url) =>
          new Promise<string>((done) => {
            const iframe = document.createElement('iframe');
            iframe.style.visibility = 'hidden';
            iframe.onload = () => done('loaded');
            iframe.src = url;
            document.body.appendChild(iframe);
            setTimeout(() => done('timeout'), 3000);
          }),
        src,
      );
    await frame(`${OFFICE_CDN}/lib/1/hosted/AgaveErrorUX/index.html#{"error":"NotTrustedWAC"}`);
    expect(await violations()).toEqual([]);
    // The negative control: a frame from anywhere else is refused.
    await frame('https://example.com/');
    expect((await violations()).map((v) => v.directive)).toEqual(['frame-src']);
    await page.close();
  });

  it('the preview page (same pane, over the double) creates and reads a review with no violation', { timeout: 60_000 }, async () => {
    // Reading a review parses it with zod: without jitless, zod's probe for eval is reported here.
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'zh-TW' });
    page.setDefaultTimeout(15_000);
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(`${site.origin}/preview.html`);
    await page.getByRole('textbox', { name: /受評單位名稱/ }).fill('○○實業股份有限公司');
    await page.getByRole('button', { name: '建立初審工作表' }).click();
    await page.getByRole('tablist').waitFor();
    await page.getByRole('tab', { name: '意見與結果' }).click();
    await page.getByRole('textbox', { name: '優點' }).fill('高階主管積極支持。');
    await page.getByRole('tab', { name: '列印' }).click();
    expect(await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)).toEqual([]);
    await page.close();
  });

  it('reports an inline script, an eval and a script from elsewhere (the test can fail)', { timeout: 60_000 }, async () => {
    const { page, violations } = await open((html) =>
      html.replace('</head>', '<script>window.__inline = true;</script><script src="/__eval-probe.js"></script><script src="https://cdn.example.com/x.js"></script></head>'),
    );
    await page.getByRole('button', { name: '建立初審工作表' }).waitFor();
    const ran = await page.evaluate(() => {
      const w = window as unknown as { __inline?: boolean; __eval?: string };
      return { inline: w.__inline ?? null, evaluated: w.__eval ?? null };
    });
    expect(ran).toEqual({ inline: null, evaluated: 'EvalError' });
    const seen = await violations();
    expect(seen.map((v) => v.directive).sort()).toEqual(['script-src', 'script-src-elem', 'script-src-elem'].sort());
    expect(seen.map((v) => v.blocked)).toEqual(expect.arrayContaining(['inline', 'eval', 'https://cdn.example.com/x.js']));
    await page.close();
  });
});

describe('the built JavaScript', () => {
  /**
   * The dependencies' code in the bundles that could evaluate a string, each
   * recognised by its own text, with why it never runs under the policy.
   */
  const KNOWN: readonly { readonly snippet: string; readonly why: string }[] = [
    {
      snippet: 'try{return new Function(""),!0}catch',
      why: "zod 4's probe for eval (util.allowsEval); the pane sets z.config({ jitless: true }) (src/review/zod-config.ts), so it is never run",
    },
    { snippet: 'e=new Function(""+e)', why: 'the setImmediate polyfill (ExcelJS → jszip, the download chunk), only for a string callback, which nothing passes' },
    { snippet: 'new Function("return this")', why: "webpack's runtime finding the global object; reached only without globalThis, which every supported webview has" },
  ];

  it('has no eval( or new Function( beyond the known ones (the policy would block them anyway)', () => {
    ensureDist();
    const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(files.some((f) => f.startsWith('taskpane'))).toBe(true);
    const hits: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const code = readFileSync(join(DIST, file), 'utf8');
      for (const m of code.matchAll(/(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(/g)) {
        const around = code.slice(Math.max(0, m.index - 20), m.index + 40);
        const known = KNOWN.find((k) => around.includes(k.snippet));
        if (known) seen.add(known.snippet);
        else hits.push(`${file}: …${around}…`);
      }
    }
    expect(hits).toEqual([]);
    // Each known one is still there; when one goes, take it off the list.
    expect([...seen].sort()).toEqual(KNOWN.map((k) => k.snippet).sort());
  });

  it('the scan finds what it is for', () => {
    const pattern = /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(/;
    expect(pattern.test('x=eval("1")')).toBe(true);
    expect(pattern.test('f=new Function("a","return a")')).toBe(true);
    expect(pattern.test('retrieval(x);obj.eval(x)')).toBe(false);
  });
});
