/**
 * Offline checks of the add-in manifest (Microsoft's validation service is
 * out of reach here). One line per check, exit code 1 when any fails.
 *
 *   npx tsx scripts/validate-manifest.ts                  # ./manifest.xml
 *   npx tsx scripts/validate-manifest.ts dist/manifest.xml
 *   npx tsx scripts/validate-manifest.ts dist/manifest.xml --base https://addins.example.gov.tw/osh/
 *
 * The base URL defaults to ADDIN_BASE_URL, else the folder of the
 * SourceLocation. Icons are looked up next to the manifest (URL path below
 * the base → file); built pages too, when the manifest sits in a build
 * (a taskpane.html next to it) or with --require-pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
  readonly skipped?: boolean;
}

export interface ValidateOptions {
  /** Folder the manifest's URLs map to (icons, pages). @default the manifest's folder */
  readonly manifestDir?: string;
  /** Every URL must start with it. @default the SourceLocation's folder */
  readonly baseUrl?: string;
  /** Require the pages (taskpane, commands, support) to exist as files. @default when a taskpane.html is there */
  readonly requirePages?: boolean;
}

const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HAN = /\p{Script=Han}/u;
/** OfficeApp's children in the order the 1.1 schema's sequence requires. */
const ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

type Node = Record<string, unknown>;

function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return text((v as Node)['#text']);
  return String(v).trim();
}

function attr(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const v = (node as Node)[`@_${name}`];
  return v === undefined ? undefined : String(v);
}

function child(node: unknown, name: string): Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  return asArray((node as Node)[name] as Node | Node[] | undefined)[0];
}

function children(node: unknown, name: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  return asArray((node as Node)[name] as Node | Node[] | undefined);
}

/** Width and height from a PNG's IHDR chunk, or null when it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every attribute or text value in the tree that looks like a URL, with where it was found. */
function collectUrls(node: unknown, path: string, out: { where: string; url: string }[]): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => collectUrls(n, `${path}[${i}]`, out));
    return;
  }
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key.startsWith('@_xmlns')) continue;
      collectUrls(value, key.startsWith('@_') ? `${path}@${key.slice(2)}` : `${path}/${key}`, out);
    }
    return;
  }
  const s = String(node ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) out.push({ where: path, url: s });
}

export function validateManifestXml(xml: string, options: ValidateOptions = {}): Check[] {
  const checks: Check[] = [];
  const pass = (name: string, detail?: string) => checks.push({ name, ok: true, ...(detail ? { detail } : {}) });
  const fail = (name: string, detail: string) => checks.push({ name, ok: false, detail });
  const check = (name: string, problems: string[], okDetail?: string) => (problems.length ? fail(name, problems.join('; ')) : pass(name, okDetail));

  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    fail('parses', `${valid.err.msg} (line ${valid.err.line})`);
    return checks;
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const doc = parser.parse(xml) as Node;
  const root = doc['OfficeApp'] as Node | undefined;
  if (!root) {
    fail('parses', 'the root element is not OfficeApp');
    return checks;
  }
  pass('parses');

  // The prefix bound to the basic-types namespace ("bt" by convention).
  const btPrefix = Object.entries(root).find(([k, v]) => k.startsWith('@_xmlns:') && v === BT_NS)?.[0].slice('@_xmlns:'.length) ?? 'bt';
  const bt = (name: string) => `${btPrefix}:${name}`;

  check(
    'required elements',
    REQUIRED.filter((name) => root[name] === undefined || (typeof root[name] !== 'object' && text(root[name]) === '')).map((n) => `missing <${n}>`),
  );
  check('OfficeApp is a TaskPaneApp (schema 1.1)', [
    ...(attr(root, 'xsi:type') === 'TaskPaneApp' ? [] : [`xsi:type is ${attr(root, 'xsi:type')}`]),
    ...(attr(root, 'xmlns') === 'http://schemas.microsoft.com/office/appforoffice/1.1' ? [] : ['xmlns is not the 1.1 schema']),
  ]);

  const ordered = new XMLParser({ ignoreAttributes: true, preserveOrder: true }).parse(xml) as Record<string, unknown>[];
  const rootOrdered = ordered.find((n) => 'OfficeApp' in n)?.['OfficeApp'] as Record<string, unknown>[] | undefined;
  const childOrder = (rootOrdered ?? []).map((n) => Object.keys(n)[0]!).filter((k) => !k.startsWith('#') && k !== ':@');
  const positions = childOrder.map((n) => ORDER.indexOf(n));
  const unknown = childOrder.filter((n) => !ORDER.includes(n));
  const outOfOrder = childOrder.filter((_, i) => i > 0 && positions[i]! >= 0 && positions[i]! < Math.max(...positions.slice(0, i)));
  check('element order', [...unknown.map((n) => `unexpected <${n}>`), ...outOfOrder.map((n) => `<${n}> is out of the schema's order`)]);

  const id = text(root['Id']);
  check('Id is a GUID', GUID.test(id) && !/^0{8}-/.test(id) && id !== '12345678-1234-1234-1234-123456789012' ? [] : [`"${id}" is not a real GUID`]);
  const version = text(root['Version']);
  check('Version', /^\d{1,5}(\.\d{1,5}){0,3}$/.test(version) ? [] : [`"${version}" is not n.n.n.n`]);
  check('ProviderName', text(root['ProviderName']) ? [] : ['empty']);
  check('DefaultLocale is zh-TW', text(root['DefaultLocale']) === 'zh-TW' ? [] : [`DefaultLocale is "${text(root['DefaultLocale'])}"`]);
  const permissions = text(root['Permissions']);
  check('Permissions is exactly ReadWriteDocument', permissions === 'ReadWriteDocument' ? [] : [`Permissions is "${permissions}"`]);
  const hosts = children(child(root, 'Hosts'), 'Host').map((h) => attr(h, 'Name'));
  check('Hosts: Workbook', hosts.length === 1 && hosts[0] === 'Workbook' ? [] : [`hosts are ${JSON.stringify(hosts)}`]);

  const sets = child(child(root, 'Requirements'), 'Sets');
  const excel = children(sets, 'Set').find((s) => attr(s, 'Name') === 'ExcelApi');
  const minVersion = attr(excel, 'MinVersion') ?? attr(sets, 'DefaultMinVersion');
  const versionProblems: string[] = [];
  if (!excel) versionProblems.push('no <Set Name="ExcelApi">');
  else if (minVersion !== '1.7') versionProblems.push(`ExcelApi MinVersion is ${minVersion ?? 'missing'}`);
  if (attr(sets, 'DefaultMinVersion') !== '1.7') versionProblems.push(`DefaultMinVersion is ${attr(sets, 'DefaultMinVersion') ?? 'missing'}`);
  check('Requirements: ExcelApi 1.7', versionProblems);

  // ------------------------------------------------------------ URLs
  const source = attr(child(child(root, 'DefaultSettings'), 'SourceLocation'), 'DefaultValue') ?? '';
  const base = options.baseUrl ?? (source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '');
  check('SourceLocation is the task pane', /^https:\/\/.+\/taskpane\.html$/.test(source) ? [] : [`SourceLocation is "${source}"`]);
  const urls: { where: string; url: string }[] = [];
  collectUrls(root, 'OfficeApp', urls);
  check(
    'every URL is HTTPS',
    urls.filter((u) => !u.url.startsWith('https://')).map((u) => `${u.where}: ${u.url}`),
    `${urls.length} URLs`,
  );
  check(
    'every URL is under the base URL',
    base ? urls.filter((u) => !u.where.includes('/AppDomains/') && !u.url.startsWith(base)).map((u) => `${u.where}: ${u.url} is not under ${base}`) : ['no base URL'],
    base,
  );
  let origin = '';
  try {
    origin = new URL(base).origin;
  } catch {
    origin = '';
  }
  const domains = children(child(root, 'AppDomains'), 'AppDomain').map(text);
  check(
    'AppDomains: only our own',
    domains.filter((d) => d.replace(/\/$/, '') !== origin).map((d) => `${d} is not ${origin}`),
  );

  // ------------------------------------------------------------ localized strings
  const localized: { where: string; value: string; overrides: Node[]; max: number }[] = [];
  const manifestString = (name: string, max: number) => {
    const node = child(root, name);
    localized.push({ where: `<${name}>`, value: attr(node, 'DefaultValue') ?? '', overrides: children(node, 'Override'), max });
  };
  manifestString('DisplayName', 125);
  manifestString('Description', 250);

  const vo = child(root, 'VersionOverrides');
  const resources = child(vo, 'Resources');
  const resourceIds = new Map<string, string>();
  const duplicateIds: string[] = [];
  const register = (kind: string, node: Node) => {
    const rid = attr(node, 'id') ?? '';
    if (resourceIds.has(rid)) duplicateIds.push(rid);
    resourceIds.set(rid, kind);
  };
  const images = children(child(resources, bt('Images')), bt('Image'));
  const resourceUrls = children(child(resources, bt('Urls')), bt('Url'));
  const shortStrings = children(child(resources, bt('ShortStrings')), bt('String'));
  const longStrings = children(child(resources, bt('LongStrings')), bt('String'));
  images.forEach((n) => register('Image', n));
  resourceUrls.forEach((n) => register('Url', n));
  shortStrings.forEach((n) => register('ShortString', n));
  longStrings.forEach((n) => register('LongString', n));
  for (const [list, max] of [
    [shortStrings, 125],
    [longStrings, 250],
  ] as const) {
    for (const s of list) localized.push({ where: `string ${attr(s, 'id')}`, value: attr(s, 'DefaultValue') ?? '', overrides: children(s, bt('Override')), max });
  }
  const localeProblems: string[] = [];
  const lengthProblems: string[] = [];
  for (const s of localized) {
    if (!HAN.test(s.value)) localeProblems.push(`${s.where}: default "${s.value}" is not zh-TW text`);
    const en = s.overrides.filter((o) => attr(o, 'Locale') === 'en-US');
    const enValue = attr(en[0], 'Value') ?? '';
    if (en.length !== 1 || enValue.trim() === '') localeProblems.push(`${s.where}: no en-US override`);
    else if (HAN.test(enValue)) localeProblems.push(`${s.where}: en-US override "${enValue}" is not English`);
    for (const v of [s.value, enValue]) if ([...v].length > s.max) lengthProblems.push(`${s.where}: ${[...v].length} characters > ${s.max}`);
  }
  check('every string has a zh-TW default and an en-US override', localeProblems, `${localized.length} strings`);
  check('string lengths', lengthProblems);

  // ------------------------------------------------------------ resources and ribbon
  const uses: { resid: string; expect: string; where: string }[] = [];
  const host = children(child(vo, 'Hosts'), 'Host').find((h) => attr(h, 'xsi:type') === 'Workbook');
  const desktop = child(host, 'DesktopFormFactor');
  const getStarted = child(desktop, 'GetStarted');
  if (getStarted) {
    uses.push({ resid: attr(child(getStarted, 'Title'), 'resid') ?? '', expect: 'ShortString', where: 'GetStarted/Title' });
    uses.push({ resid: attr(child(getStarted, 'Description'), 'resid') ?? '', expect: 'LongString', where: 'GetStarted/Description' });
    uses.push({ resid: attr(child(getStarted, 'LearnMoreUrl'), 'resid') ?? '', expect: 'Url', where: 'GetStarted/LearnMoreUrl' });
  }
  const functionFile = attr(child(desktop, 'FunctionFile'), 'resid');
  uses.push({ resid: functionFile ?? '', expect: 'Url', where: 'FunctionFile' });
  const iconProblems: string[] = [];
  const iconSet = (icon: Node | undefined, where: string) => {
    const sizes = children(icon, bt('Image')).map((img) => {
      uses.push({ resid: attr(img, 'resid') ?? '', expect: 'Image', where: `${where}/Icon` });
      return attr(img, 'size');
    });
    for (const size of ['16', '32', '80']) if (!sizes.includes(size)) iconProblems.push(`${where}: no ${size} px icon`);
  };
  const buttons: { where: string; control: Node }[] = [];
  const extensionPoints = children(desktop, 'ExtensionPoint').filter((e) => attr(e, 'xsi:type') === 'PrimaryCommandSurface');
  const homeTab = extensionPoints.flatMap((e) => children(e, 'OfficeTab')).find((t) => attr(t, 'id') === 'TabHome');
  for (const group of children(homeTab, 'Group')) {
    const where = `Group ${attr(group, 'id')}`;
    uses.push({ resid: attr(child(group, 'Label'), 'resid') ?? '', expect: 'ShortString', where: `${where}/Label` });
    iconSet(child(group, 'Icon'), where);
    for (const control of children(group, 'Control')) {
      const cw = `Control ${attr(control, 'id')}`;
      uses.push({ resid: attr(child(control, 'Label'), 'resid') ?? '', expect: 'ShortString', where: `${cw}/Label` });
      const tip = child(control, 'Supertip');
      uses.push({ resid: attr(child(tip, 'Title'), 'resid') ?? '', expect: 'ShortString', where: `${cw}/Supertip/Title` });
      uses.push({ resid: attr(child(tip, 'Description'), 'resid') ?? '', expect: 'LongString', where: `${cw}/Supertip/Description` });
      iconSet(child(control, 'Icon'), cw);
      if (attr(control, 'xsi:type') === 'Button') buttons.push({ where: cw, control });
    }
  }
  const ribbonProblems: string[] = [];
  if (attr(vo, 'xsi:type') !== 'VersionOverridesV1_0') ribbonProblems.push(`VersionOverrides xsi:type is ${attr(vo, 'xsi:type')}`);
  if (!host) ribbonProblems.push('no <Host xsi:type="Workbook"> in VersionOverrides');
  if (!homeTab) ribbonProblems.push('no <OfficeTab id="TabHome"> on the PrimaryCommandSurface');
  const showTaskpane = buttons.find((b) => attr(child(b.control, 'Action'), 'xsi:type') === 'ShowTaskpane');
  if (!showTaskpane) ribbonProblems.push('no Button with a ShowTaskpane action on the Home tab');
  else {
    const rid = attr(child(child(showTaskpane.control, 'Action'), 'SourceLocation'), 'resid') ?? '';
    uses.push({ resid: rid, expect: 'Url', where: `${showTaskpane.where}/Action/SourceLocation` });
    const url = attr(resourceUrls.find((u) => attr(u, 'id') === rid), 'DefaultValue') ?? '';
    if (url !== source) ribbonProblems.push(`the button opens ${url || '(nothing)'}, not the SourceLocation ${source}`);
  }
  check('ribbon: Home tab button opens the task pane', ribbonProblems);
  check('ribbon icons: 16, 32 and 80 px', iconProblems);
  const functionFileUrl = attr(resourceUrls.find((u) => attr(u, 'id') === functionFile), 'DefaultValue') ?? '';
  check('FunctionFile is commands.html', /\/commands\.html$/.test(functionFileUrl) ? [] : [`FunctionFile is "${functionFileUrl}"`]);
  check('resources resolve', [
    ...uses.filter((u) => !u.resid).map((u) => `${u.where}: no resid`),
    ...uses.filter((u) => u.resid && resourceIds.get(u.resid) !== u.expect).map((u) => `${u.where}: "${u.resid}" is ${resourceIds.has(u.resid) ? `a ${resourceIds.get(u.resid)}` : 'not defined'}, expected a ${u.expect}`),
    ...duplicateIds.map((rid) => `resource id "${rid}" is defined twice`),
    ...[...resourceIds.keys()].filter((rid) => rid.length > 32).map((rid) => `resource id "${rid}" is longer than 32 characters`),
  ]);

  // ------------------------------------------------------------ files
  const dir = options.manifestDir ?? '.';
  const fileFor = (url: string): string | null => (base && url.startsWith(base) ? join(dir, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]!)) : null);
  const iconRefs: { where: string; url: string; size: number | null }[] = [
    { where: 'IconUrl', url: attr(child(root, 'IconUrl'), 'DefaultValue') ?? '', size: null },
    { where: 'HighResolutionIconUrl', url: attr(child(root, 'HighResolutionIconUrl'), 'DefaultValue') ?? '', size: null },
    ...images.map((img) => ({ where: `image ${attr(img, 'id')}`, url: attr(img, 'DefaultValue') ?? '', size: null })),
  ];
  // The size an icon must have: from the <bt:Image size> that uses it, else from its file name ("icon-32.png").
  const declared = new Map<string, string>();
  for (const group of children(homeTab, 'Group')) {
    for (const icon of [child(group, 'Icon'), ...children(group, 'Control').map((c) => child(c, 'Icon'))]) {
      for (const img of children(icon, bt('Image'))) declared.set(attr(img, 'resid') ?? '', attr(img, 'size') ?? '');
    }
  }
  const fileProblems: string[] = [];
  const sizeProblems: string[] = [];
  for (const ref of iconRefs) {
    const file = fileFor(ref.url);
    if (!file || !existsSync(file)) {
      fileProblems.push(`${ref.where}: ${file ?? ref.url} does not exist`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    const rid = ref.where.startsWith('image ') ? ref.where.slice(6) : '';
    const fromName = /(\d+)(?:x\d+)?\.png$/i.exec(ref.url)?.[1];
    const expected = Number(declared.get(rid) ?? fromName ?? NaN);
    if (!size) sizeProblems.push(`${ref.where}: ${file} is not a PNG`);
    else if (size.width !== size.height) sizeProblems.push(`${ref.where}: ${size.width}×${size.height} is not square`);
    else if (Number.isNaN(expected)) sizeProblems.push(`${ref.where}: neither a size attribute nor the file name says its size`);
    else if (size.width !== expected) sizeProblems.push(`${ref.where}: ${file} is ${size.width} px, expected ${expected}`);
    if (fromName && declared.has(rid) && declared.get(rid) !== fromName) sizeProblems.push(`${ref.where}: size="${declared.get(rid)}" but the file is named ${fromName} px`);
    if (ref.where === 'IconUrl' && size && ![32, 64].includes(size.width)) sizeProblems.push(`IconUrl should be 32 or 64 px, is ${size.width}`);
    if (ref.where === 'HighResolutionIconUrl' && size && ![64, 128].includes(size.width)) sizeProblems.push(`HighResolutionIconUrl should be 64 or 128 px, is ${size.width}`);
  }
  check('icons exist', fileProblems, `${iconRefs.length} icons`);
  check('icon sizes', sizeProblems);

  const requirePages = options.requirePages ?? existsSync(join(dir, 'taskpane.html'));
  const pages = urls.filter((u) => /\.html?($|[?#])/.test(u.url));
  if (requirePages) {
    check(
      'pages exist',
      pages.filter((p) => !fileFor(p.url) || !existsSync(fileFor(p.url)!)).map((p) => `${p.where}: ${p.url}`),
      `${pages.length} page URLs`,
    );
  } else {
    checks.push({ name: 'pages exist', ok: true, skipped: true, detail: 'source manifest: the pages are built by webpack (check dist/manifest.xml)' });
  }
  return checks;
}

export function validateManifestFile(path: string, options: Omit<ValidateOptions, 'manifestDir'> = {}): Check[] {
  return validateManifestXml(readFileSync(path, 'utf8'), { ...options, manifestDir: dirname(resolve(path)) });
}

function main(argv: string[]): number {
  const args = [...argv];
  let base: string | undefined = process.env['ADDIN_BASE_URL'] || undefined;
  let requirePages: boolean | undefined;
  const baseAt = args.indexOf('--base');
  if (baseAt >= 0) {
    base = args[baseAt + 1];
    args.splice(baseAt, 2);
  }
  const pagesAt = args.indexOf('--require-pages');
  if (pagesAt >= 0) {
    requirePages = true;
    args.splice(pagesAt, 1);
  }
  if (base && !base.endsWith('/')) base += '/';
  const path = args[0] ?? 'manifest.xml';
  if (!existsSync(path)) {
    console.error(`No manifest at ${path}`);
    return 2;
  }
  const checks = validateManifestFile(path, { ...(base ? { baseUrl: base } : {}), ...(requirePages ? { requirePages } : {}) });
  for (const c of checks) console.log(`${c.skipped ? 'SKIP' : c.ok ? 'PASS' : 'FAIL'}  ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  const failed = checks.filter((c) => !c.ok);
  console.log(failed.length ? `${failed.length} of ${checks.length} checks failed: ${path}` : `All ${checks.length} checks passed: ${path}`);
  return failed.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
