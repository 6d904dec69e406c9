// @vitest-environment happy-dom
/**
 * Office.onReady is called on every path of taskpane.html (issue 11):
 * Microsoft's docs say an add-in must call it as it loads, and some hosts
 * keep the pane blank until it does. On an old IE/EdgeHTML webview the app
 * bundle may not even parse, so unsupported.js (ES5) calls it; the entry
 * point calls it whether it renders the pane or leaves the message.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { transformSync } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0';

/** Runs the ES5 build of unsupported.ts with an Office global that counts onReady calls. */
function unsupportedScript(userAgent: string, office: unknown): void {
  const es5 = transformSync(readFileSync(join(ROOT, 'src/taskpane/unsupported.ts'), 'utf8'), { loader: 'ts', target: 'es5' }).code;
  const element = () => ({ style: {}, removeAttribute: () => undefined });
  const window = { navigator: { userAgent }, Promise, fetch: () => undefined, Office: office };
  vm.runInNewContext(es5, { window, document: { readyState: 'interactive', getElementById: element, addEventListener: () => undefined }, navigator: window.navigator });
}

describe('unsupported.js', () => {
  it('calls Office.onReady where it shows the message', () => {
    const onReady = vi.fn();
    unsupportedScript(IE11, { onReady });
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('leaves it to the app where the app runs, and copes without Office.js', () => {
    const onReady = vi.fn();
    unsupportedScript(WEBVIEW2, { onReady });
    expect(onReady).not.toHaveBeenCalled();
    expect(() => unsupportedScript(IE11, undefined)).not.toThrow();
    expect(() => unsupportedScript(IE11, { onReady: () => { throw new Error('not in Office'); } })).not.toThrow();
  });
});

describe('the entry point (index.tsx)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    delete (window as Window & { oshReviewUnsupported?: boolean }).oshReviewUnsupported;
  });

  it('calls Office.onReady when unsupported.js flagged the webview and the pane is not rendered', async () => {
    const onReady = vi.fn(() => Promise.resolve({ host: 'Excel', platform: 'PC' }));
    vi.stubGlobal('Office', { onReady });
    document.body.innerHTML = '<div id="unsupported"></div><div id="root"></div>';
    (window as Window & { oshReviewUnsupported?: boolean }).oshReviewUnsupported = true;
    // The pane itself is not what this checks (and would take seconds to load).
    vi.doMock('../../src/taskpane/App.tsx', () => ({ App: () => null, preloadAppearance: async () => undefined, preloadSession: () => undefined }));
    await import('../../src/taskpane/index.tsx');
    expect(onReady).toHaveBeenCalledTimes(1);
  });
});
