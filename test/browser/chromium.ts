/**
 * Chromium as the browser tests launch it: Debian's (`npx playwright install`
 * cannot download here), without the sandbox (CI runs as root) or the GPU,
 * and quiet: nothing fetched on its own, no component updates, no first run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { MUST_RUN } from '../support/libreoffice.ts';
import { DIST, ensureDist } from './dist.ts';
import { serveDir, type StaticServer } from './static-server.ts';

export const CHROMIUM = '/usr/bin/chromium';

/** The browser tests skip here: no Chromium, and not in CI, where they must run. */
export const WITHOUT_CHROMIUM = !existsSync(CHROMIUM) && !MUST_RUN;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Chromium, with `extraArgs` after the usual ones. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });
}

export interface PreviewInChromium {
  /** Where dist-preview/ is served, on 127.0.0.1. */
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * For a describe: dist-preview/ built (when stale) and served, and Chromium launched, before its tests; both closed
 * after them. Read `origin` and `browser` in the tests and later hooks, once they are there.
 */
export function previewInChromium(extraArgs: readonly string[] = []): PreviewInChromium {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureDist();
    server = await serveDir(DIST);
    browser = await launchChromium(extraArgs);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server!.origin;
    },
    get browser() {
      return browser!;
    },
  };
}
