/**
 * What one deploys (`npm run build`, dist/) holds the add-in's pages only: the
 * preview page and the Office double it runs on are a tool for trying the pane
 * without Excel, built by `npm run build:preview` into dist-preview/.
 */
import { describe, expect, it } from 'vitest';
import config from '../../webpack.config.js';

type Built = { entry: Record<string, string>; output: { path: string }; plugins: { userOptions?: { filename?: string } }[] };
const build = (env: Record<string, unknown>) => config(env, { mode: 'production' }) as Built;
const pages = (b: Built) => b.plugins.map((p) => p.userOptions?.filename).filter(Boolean);

describe('the production build', () => {
  it('has no preview page and no double: entries are the pane, its ES5 notice and the commands', () => {
    const deployed = build({});
    expect(Object.keys(deployed.entry).sort()).toEqual(['commands', 'taskpane', 'unsupported']);
    expect(Object.values(deployed.entry).some((e) => e.includes('packages/'))).toBe(false);
    expect(pages(deployed)).not.toContain('preview.html');
    expect(deployed.output.path).toMatch(/[\\/]dist$/);
  });

  it('--env preview adds the preview page, into its own folder', () => {
    const preview = build({ preview: true });
    expect(preview.entry.preview).toBe('./packages/preview/index.tsx');
    expect(pages(preview)).toContain('preview.html');
    expect(preview.output.path).toMatch(/[\\/]dist-preview$/);
  });
});
