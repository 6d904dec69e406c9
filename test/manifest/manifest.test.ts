import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type Check, pngSize, validateManifestFile, validateManifestXml } from '../../scripts/validate-manifest.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the manifest (changed by `mutate`) with the icons next to it, in a fresh folder. */
function workspace(xml: string, withPages = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'osh-manifest-'));
  temps.push(dir);
  mkdirSync(join(dir, 'assets'));
  for (const f of readdirSync(join(ROOT, 'assets'))) copyFileSync(join(ROOT, 'assets', f), join(dir, 'assets', f));
  writeFileSync(join(dir, 'manifest.xml'), xml);
  if (withPages) for (const page of ['taskpane.html', 'commands.html', 'support.html']) writeFileSync(join(dir, page), '<!doctype html>');
  return dir;
}

function failing(checks: readonly Check[]): string[] {
  return checks.filter((c) => !c.ok).map((c) => c.name);
}

function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const next = xml.replace(from, to);
  if (next === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return next;
}

describe('manifest.xml', () => {
  it('passes every offline check', () => {
    const checks = validateManifestFile(join(ROOT, 'manifest.xml'));
    expect(failing(checks)).toEqual([]);
    expect(checks.length).toBeGreaterThanOrEqual(24);
  });

  it('reads PNG sizes from IHDR', () => {
    expect(pngSize(readFileSync(join(ROOT, 'assets/icon-80.png')))).toEqual({ width: 80, height: 80 });
    expect(pngSize(new TextEncoder().encode('not a png at all, definitely not'))).toBeNull();
  });

  // Each check fails on a manifest broken in the way it guards against.
  const mutations: [check: string, mutate: (xml: string) => string][] = [
    ['parses', (x) => x.slice(0, x.length - 40)],
    ['required elements', (x) => replaceOnce(x, /\s*<SupportUrl [^>]*\/>/, '')],
    ['OfficeApp is a TaskPaneApp (schema 1.1)', (x) => replaceOnce(x, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"')],
    ['element order', (x) => replaceOnce(replaceOnce(x, /\s*<Permissions>ReadWriteDocument<\/Permissions>/, ''), '<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>')],
    ['Id is a GUID', (x) => replaceOnce(x, /<Id>[^<]*<\/Id>/, '<Id>osh-review</Id>')],
    ['Version', (x) => replaceOnce(x, /<Version>[^<]*<\/Version>/, '<Version>1.0.0.0.0</Version>')],
    ['ProviderName', (x) => replaceOnce(x, /<ProviderName>[^<]*<\/ProviderName>/, '<ProviderName> </ProviderName>')],
    ['DefaultLocale is zh-TW', (x) => replaceOnce(x, '<DefaultLocale>zh-TW</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>')],
    ['Permissions is exactly ReadWriteDocument', (x) => replaceOnce(x, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteDocument ReadAllDocument</Permissions>')],
    ['Hosts: Workbook', (x) => replaceOnce(x, '<Host Name="Workbook"/>', '<Host Name="Workbook"/>\n    <Host Name="Document"/>')],
    ['Requirements: ExcelApi 1.7', (x) => replaceOnce(x, '<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>')],
    ['SourceLocation is the task pane', (x) => replaceOnce(x, '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="https://localhost:3000/index.html"/>')],
    ['every URL is HTTPS', (x) => replaceOnce(x, 'DefaultValue="https://localhost:3000/support.html"/>\n  <AppDomains>', 'DefaultValue="http://localhost:3000/support.html"/>\n  <AppDomains>')],
    ['every URL is under the base URL', (x) => replaceOnce(x, '<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="https://example.com/help"/>')],
    ['AppDomains: only our own', (x) => replaceOnce(x, '</AppDomains>', '  <AppDomain>https://cdn.example.com</AppDomain>\n  </AppDomains>')],
    ['every string has a zh-TW default and an en-US override', (x) => replaceOnce(x, /\s*<bt:Override Locale="en-US" Value="OSH Review"\/>/, '')],
    ['every string has a zh-TW default and an en-US override', (x) => replaceOnce(x, '<bt:String id="Group.Label" DefaultValue="職安初審">', '<bt:String id="Group.Label" DefaultValue="OSH Review">')],
    ['string lengths', (x) => replaceOnce(x, '<DisplayName DefaultValue="職安衛優良單位初審">', `<DisplayName DefaultValue="${'職安'.repeat(70)}">`)],
    ['ribbon: Home tab button opens the task pane', (x) => replaceOnce(x, '<OfficeTab id="TabHome">', '<OfficeTab id="TabData">')],
    ['ribbon: Home tab button opens the task pane', (x) => replaceOnce(x, '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpaneX">')],
    ['ribbon icons: 16, 32 and 80 px', (x) => replaceOnce(x, /(<Control[\s\S]*?)\s*<bt:Image size="80" resid="Icon.80x80"\/>/, '$1')],
    ['FunctionFile is commands.html', (x) => replaceOnce(x, 'https://localhost:3000/commands.html', 'https://localhost:3000/functions.html')],
    ['resources resolve', (x) => replaceOnce(x, '<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>')],
    ['resources resolve', (x) => replaceOnce(x, '<Description resid="OpenTaskpane.Tooltip"/>', '<Description resid="OpenTaskpane.Label"/>')],
  ];

  it.each(mutations.map(([check, mutate], i) => [`${check} #${i}`, check, mutate] as const))('fails "%s" on a manifest broken for it', (_label, check, mutate) => {
    const dir = workspace(mutate(MANIFEST));
    expect(failing(validateManifestFile(join(dir, 'manifest.xml')))).toContain(check);
  });

  it('fails "icons exist" when an icon file is missing', () => {
    const dir = workspace(MANIFEST);
    rmSync(join(dir, 'assets/icon-80.png'));
    expect(failing(validateManifestFile(join(dir, 'manifest.xml')))).toEqual(['icons exist']);
  });

  it('fails "icon sizes" when an icon has the wrong size', () => {
    const dir = workspace(MANIFEST);
    copyFileSync(join(dir, 'assets/icon-16.png'), join(dir, 'assets/icon-32.png'));
    expect(failing(validateManifestFile(join(dir, 'manifest.xml')))).toEqual(['icon sizes']);
  });

  it('fails "pages exist" for a build without its pages, passes with them', () => {
    const bare = workspace(MANIFEST);
    expect(failing(validateManifestFile(join(bare, 'manifest.xml'), { requirePages: true }))).toEqual(['pages exist']);
    const built = workspace(MANIFEST, true);
    expect(failing(validateManifestFile(join(built, 'manifest.xml')))).toEqual([]);
    expect(validateManifestFile(join(built, 'manifest.xml')).find((c) => c.name === 'pages exist')?.skipped).toBeUndefined();
  });

  it('checks a deployed manifest against its own base URL', async () => {
    const config = (await import(pathToFileURL(join(ROOT, 'webpack.config.js')).href)) as { manifestFor(xml: string, base: string): string };
    const deployed = config.manifestFor(MANIFEST, 'https://addins.example.gov.tw/osh-review');
    expect(deployed).not.toContain('https://localhost');
    expect(deployed).toContain('<AppDomain>https://addins.example.gov.tw</AppDomain>');
    const dir = workspace(deployed, true);
    expect(failing(validateManifestFile(join(dir, 'manifest.xml')))).toEqual([]);
    // Checked against another base, every URL is out of place.
    expect(failing(validateManifestFile(join(dir, 'manifest.xml'), { baseUrl: 'https://localhost:3000/' }))).toContain('every URL is under the base URL');
  });

  it('keeps a validator result stable for XML given as text', () => {
    expect(failing(validateManifestXml(MANIFEST, { manifestDir: ROOT }))).toEqual([]);
  });

  it('runs as a command: one line per check, exit code 1 on failure', () => {
    const script = join(ROOT, 'scripts/validate-manifest.ts');
    const ok = spawnSync(process.execPath, ['--import', 'tsx', script, join(ROOT, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ADDIN_BASE_URL: '' } });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^PASS {2}Id is a GUID$/m);
    const broken = workspace(replaceOnce(MANIFEST, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'));
    const bad = spawnSync(process.execPath, ['--import', 'tsx', script, join(broken, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ADDIN_BASE_URL: '' } });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL {2}Permissions is exactly ReadWriteDocument — Permissions is "ReadDocument"$/m);
  });
});
