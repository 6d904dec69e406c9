/**
 * Rewrites cells of an .xlsx the product wrote, at the XML, as another
 * program's paste leaves them: for tests that need thousands of variants of
 * one real workbook. Writing each variant with ExcelJS cost about 0.3 s of
 * CPU; rewriting a few cells of the parsed template costs about a millisecond.
 *
 * Only what such edits need: cell values (numbers, shared strings, booleans,
 * errors, rich text, formulas with or without a cached result), merged
 * areas, and the 1904 date system. Every other part is copied byte for byte;
 * the zip is written stored (not deflated), with correct CRCs.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { writeEntries } from '../../src/cli/zip.ts';
import { cellAddress, parseCell, parseRange } from '../../src/sheets/address.ts';
import { entryData, zipEntries } from '../../src/workbook/zip.ts';

/** A value as a cell of the file holds it. */
export type TemplateValue =
  | null
  | number
  | string
  | boolean
  | { readonly error: string }
  | { readonly richText: readonly { readonly text: string }[] }
  | { readonly formula: string; readonly result?: string | number | boolean };

export type TemplateEdit =
  /** Sets a cell, keeping its format; a cell merged into another (not the first of its area) is left alone. */
  | { readonly kind: 'value'; readonly sheet: string; readonly address: string; readonly value: TemplateValue }
  /** Merges `from:to` (one row), first unmerging any merged area either end belongs to, as Excel's Merge does. */
  | { readonly kind: 'merge'; readonly sheet: string; readonly from: string; readonly to: string };

interface Row {
  readonly open: string;
  /** Cell XML by column number, in column order when serialised. */
  readonly cells: Map<number, string>;
}

interface Sheet {
  readonly path: string;
  readonly head: string;
  readonly rows: Map<number, Row>;
  /** What follows </sheetData>, up to the merged areas. */
  readonly beforeMerges: string;
  readonly merges: readonly string[];
  readonly afterMerges: string;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether a cell lies in a range ("B4:D4"). */
function inside(range: string, address: string): boolean {
  const { start, end } = parseRange(range);
  const { row, column } = parseCell(address);
  return row >= start.row && row <= end.row && column >= start.column && column <= end.column;
}

/** The zip entries of an .xlsx: name and uncompressed bytes, in order. */
function unzip(bytes: Uint8Array): [string, Uint8Array][] {
  const entries = zipEntries(bytes);
  if (!entries) throw new Error('template: not a zip');
  return entries.map((e) => {
    const data = entryData(bytes, e);
    if (typeof data === 'string') throw new Error(`template: ${e.name}: ${data}`);
    return [e.name, e.method === 0 ? data : new Uint8Array(inflateRawSync(data))];
  });
}

function parseSheet(path: string, xml: string): Sheet {
  const open = xml.indexOf('<sheetData');
  const openEnd = xml.indexOf('>', open) + 1;
  const close = xml.indexOf('</sheetData>');
  if (open < 0 || close < 0) throw new Error(`template: ${path} has no <sheetData>`);
  const rows = new Map<number, Row>();
  for (const m of xml.slice(openEnd, close).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(/\br="(\d+)"/.exec(m[1]!)![1]);
    const cells = new Map<number, string>();
    for (const c of (m[2] ?? '').matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
      cells.set(parseCell(/\br="([A-Z]+\d+)"/.exec(c[0])![1]!).column, c[0]);
    }
    rows.set(r, { open: `<row${m[1]!.replace(/\sspans="[^"]*"/, '')}>`, cells });
  }
  const tail = xml.slice(close + '</sheetData>'.length);
  const mm = /<mergeCells\b[^>]*?(?:\/>|>([\s\S]*?)<\/mergeCells>)/.exec(tail);
  const merges = mm ? [...(mm[1] ?? '').matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]!) : [];
  // Without merged areas a new <mergeCells> goes after <sheetProtection> (or </sheetData>), as the schema orders it.
  const at = mm ? mm.index : tail.startsWith('<sheetProtection') ? tail.indexOf('>') + 1 : 0;
  return {
    path,
    head: xml.slice(0, openEnd),
    rows,
    beforeMerges: tail.slice(0, at),
    merges,
    afterMerges: mm ? tail.slice(mm.index + mm[0].length) : tail.slice(at),
  };
}

/** An .xlsx parsed once, from which variants with a few cells changed are written quickly. */
export class XlsxTemplate {
  private readonly entries: [string, Uint8Array][];
  private readonly crcs = new Map<Uint8Array, number>();
  private readonly sheets = new Map<string, Sheet>();
  private readonly strings: { readonly path: string; readonly head: string; readonly count: number; readonly body: string; readonly tail: string };

  constructor(bytes: Uint8Array) {
    this.entries = unzip(bytes);
    for (const [, data] of this.entries) this.crcs.set(data, crc32(data));
    const text = (name: string) => {
      const e = this.entries.find(([n]) => n === name);
      if (!e) throw new Error(`template: no ${name}`);
      return decoder.decode(e[1]);
    };
    const rels = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])![1]!, /Target="([^"]+)"/.exec(m[0])![1]!]));
    for (const m of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(m[0])![1]!.replace(/&amp;/g, '&').replace(/&apos;/g, "'");
      const target = rels.get(/r:id="([^"]+)"/.exec(m[0])![1]!)!;
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      this.sheets.set(name, parseSheet(path, text(path)));
    }
    const sst = text('xl/sharedStrings.xml');
    const open = /<sst\b[^>]*>/.exec(sst)!;
    const close = sst.lastIndexOf('</sst>');
    const body = sst.slice(open.index + open[0].length, close);
    this.strings = { path: 'xl/sharedStrings.xml', head: sst.slice(0, open.index), count: body.split('<si>').length - 1 + body.split('<si ').length - 1, body, tail: sst.slice(close) };
  }

  /** The file with `edits` applied in order, and with the 1904 date system when `date1904`. */
  write(edits: readonly TemplateEdit[], date1904 = false): Uint8Array {
    const added: string[] = [];
    const sharedString = (si: string) => {
      added.push(si);
      return this.strings.count + added.length - 1;
    };
    const changed = new Map<string, { rows: Map<number, Row>; merges: string[] }>();
    const sheetOf = (name: string) => {
      const sheet = this.sheets.get(name);
      if (!sheet) throw new Error(`template: no sheet ${name}`);
      let c = changed.get(name);
      if (!c) changed.set(name, (c = { rows: new Map(sheet.rows), merges: [...sheet.merges] }));
      return { sheet, c };
    };
    const setCell = (name: string, address: string, xmlOf: (style: string) => string) => {
      const { c } = sheetOf(name);
      const { row, column } = parseCell(address);
      const old = c.rows.get(row);
      const cells = new Map(old?.cells);
      const style = /\ss="\d+"/.exec(cells.get(column) ?? '')?.[0] ?? '';
      cells.set(column, xmlOf(style));
      c.rows.set(row, { open: old?.open ?? `<row r="${row}">`, cells });
    };
    for (const edit of edits) {
      if (edit.kind === 'merge') {
        const { c } = sheetOf(edit.sheet);
        const keep = c.merges.filter((ref) => !inside(ref, edit.from) && !inside(ref, edit.to));
        c.merges.splice(0, c.merges.length, ...keep, `${edit.from}:${edit.to}`);
        // The other cells of a merged area keep their format but lose their value, as Excel's Merge leaves them.
        const { start, end } = parseRange(`${edit.from}:${edit.to}`);
        for (let col = start.column + 1; col <= end.column; col++) {
          const address = cellAddress(start.row, col);
          setCell(edit.sheet, address, (s) => `<c r="${address}"${s}/>`);
        }
        continue;
      }
      const { address, value: v } = edit;
      // A cell merged into another by an earlier edit takes no value, as Excel will not paste into it.
      if (sheetOf(edit.sheet).c.merges.some((ref) => inside(ref, address) && !ref.startsWith(`${address}:`))) continue;
      setCell(edit.sheet, address, (s) => {
        const r = `r="${address}"${s}`;
        if (v === null) return `<c ${r}/>`;
        if (typeof v === 'number') return `<c ${r}><v>${v}</v></c>`;
        if (typeof v === 'boolean') return `<c ${r} t="b"><v>${v ? 1 : 0}</v></c>`;
        if (typeof v === 'string') return `<c ${r} t="s"><v>${sharedString(`<si><t xml:space="preserve">${escapeXml(v)}</t></si>`)}</v></c>`;
        if ('error' in v) return `<c ${r} t="e"><v>${escapeXml(v.error)}</v></c>`;
        if ('richText' in v) {
          const runs = v.richText.map((run) => `<r><t xml:space="preserve">${escapeXml(run.text)}</t></r>`).join('');
          return `<c ${r} t="s"><v>${sharedString(`<si>${runs}</si>`)}</v></c>`;
        }
        const f = `<f>${escapeXml(v.formula)}</f>`;
        if (v.result === undefined) return `<c ${r}>${f}</c>`;
        if (typeof v.result === 'number') return `<c ${r}>${f}<v>${v.result}</v></c>`;
        if (typeof v.result === 'boolean') return `<c ${r} t="b">${f}<v>${v.result ? 1 : 0}</v></c>`;
        return `<c ${r} t="str">${f}<v>${escapeXml(v.result)}</v></c>`;
      });
    }
    const replaced = new Map<string, Uint8Array>();
    for (const [name, c] of changed) {
      const s = this.sheets.get(name)!;
      const rows = [...c.rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => {
        const cells = [...row.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x).join('');
        return `${row.open}${cells}</row>`;
      });
      const merges = c.merges.length ? `<mergeCells count="${c.merges.length}">${c.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
      replaced.set(s.path, encoder.encode(`${s.head}${rows.join('')}</sheetData>${s.beforeMerges}${merges}${s.afterMerges}`));
    }
    if (added.length > 0) {
      const total = this.strings.count + added.length;
      const head = `${this.strings.head}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${total}" uniqueCount="${total}">`;
      replaced.set(this.strings.path, encoder.encode(`${head}${this.strings.body}${added.join('')}${this.strings.tail}`));
    }
    if (date1904) {
      const wb = decoder.decode(this.entries.find(([n]) => n === 'xl/workbook.xml')![1]);
      const next = /<workbookPr\b/.test(wb) ? wb.replace(/<workbookPr\b/, '<workbookPr date1904="1"') : wb.replace(/(<workbook\b[^>]*>)/, '$1<workbookPr date1904="1"/>');
      replaced.set('xl/workbook.xml', encoder.encode(next));
    }
    // Stored, not deflated; the CRC of an entry that did not change is the one computed when parsed.
    return writeEntries(
      this.entries.map(([name, old]) => {
        const data = replaced.get(name) ?? old;
        return { name, method: 0, crc: this.crcs.get(data) ?? crc32(data), size: data.length, compressed: data };
      }),
    );
  }
}
