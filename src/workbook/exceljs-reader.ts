/**
 * Reads defined names and cell values out of an ExcelJS workbook into the
 * host-neutral lookup the review reader uses: values as Office.js gives them
 * (dates as serial numbers), with whether the cell holds a formula or is
 * merged into another, and the workbook's date system.
 */
import type ExcelJS from 'exceljs';
import type { RawCell } from '../sheets/fields.ts';
import { FORMULA_CHECK } from '../sheets/formula-check.ts';
import type { NameLookup, NamedCell } from '../sheets/reader.ts';
import { zipEntryText } from './zip.ts';

/** Excel's day 0 in the 1900 system and in the 1904 system, as ExcelJS converts them. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The serial number ExcelJS turned into a Date (for a cell with a date format), given the system it used. */
function serialOf(date: Date, date1904: boolean): number {
  return (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / 86_400_000;
}

/**
 * ExcelJS's many cell-value shapes, reduced to what a reader can judge.
 * @param date1904 the date system ExcelJS converted the workbook's dates with
 */
export function rawValue(value: ExcelJS.CellValue, date1904 = false): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return serialOf(value, date1904);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (result instanceof Date) return serialOf(result, date1904);
      if (typeof result === 'object' && 'error' in result) return { error: String(result.error) };
      return result as RawCell;
    }
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return { error: '#VALUE!' };
}

/** "'評分'!$F$7" → { sheet: "評分", address: "F7" }; undefined for ranges, #REF! and the like. */
export function parseReference(ref: string): { sheet: string; address: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { sheet: (m[1] ?? m[2]!).replace(/''/g, "'"), address: `${m[3]}${m[4]}` };
}

/** Workbooks whose workbook.xml declares the 1904 date system in a spelling ExcelJS does not read ("true"). */
const DATE1904 = new WeakMap<ExcelJS.Workbook, boolean>();

/**
 * Records the date system the `xl/workbook.xml` of the file ExcelJS loaded
 * declares: ExcelJS reads `date1904="1"` only, while LibreOffice writes
 * `date1904="true"`; both are valid (xsd:boolean).
 */
export function noteDateSystem(wb: ExcelJS.Workbook, workbookXml: string | undefined): void {
  if (workbookXml !== undefined) DATE1904.set(wb, /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml));
}

/** XML text or attribute value → its characters. */
function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex?: string, dec?: string, named?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named!.toLowerCase()]!,
  );
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, unescapeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/**
 * The worksheet parts (`xl/worksheets/sheet5.xml`) of the sheets no defined
 * name points into, from `xl/workbook.xml` and its relationships: reading a
 * review looks at named cells and at the formulas of the sheets they are on
 * (formula-check.ts), never at such a sheet. In a review workbook those are
 * the printed 初審意見表 and 附表一, whose formulas restate the record sheets':
 * half the cells, and 40% of the load. A sheet is kept whenever its name
 * appears anywhere in a defined name other than a print area, print titles
 * or one of `ignored`, so a spelling this does not foresee keeps a sheet
 * rather than drops one; any doubt keeps them all.
 * @param ignored names the reading never asks for
 */
export function sheetPartsNotNamed(workbookXml: string, relsXml: string, ignored: readonly string[] = []): Set<string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(tag);
    if (a.get('Id') && a.get('Target')) targets.set(a.get('Id')!, a.get('Target')!);
  }
  const referred: string[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</g)) {
    const name = attributes(m[1]!).get('name') ?? '';
    if (!name.startsWith('_xlnm.') && !ignored.includes(name)) referred.push(unescapeXml(m[2]!));
  }
  const unread = new Set<string>();
  if (referred.length === 0) return unread;
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(tag);
    const name = a.get('name');
    const id = [...a].find(([key]) => /^\w+:id$/.test(key))?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name === undefined || target === undefined) return new Set();
    const quoted = name.replace(/'/g, "''");
    if (referred.some((text) => text.includes(name) || text.includes(quoted))) continue;
    // As ExcelJS resolves a sheet's part (workbook-xform.js reconcile).
    unread.add(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
  }
  return unread;
}

/** The worksheet parts of `bytes`, whose `xl/workbook.xml` is `workbookXml`, that reading skips: see sheetPartsNotNamed. */
export async function unreadSheetParts(bytes: Uint8Array, workbookXml: string | undefined, ignored: readonly string[] = []): Promise<Set<string>> {
  const rels = workbookXml === undefined ? undefined : await zipEntryText(bytes, 'xl/_rels/workbook.xml.rels');
  return workbookXml === undefined || rels === undefined ? new Set() : sheetPartsNotNamed(workbookXml, rels, ignored);
}

/** A lookup over the workbook's one-cell defined names. */
export function exceljsLookup(wb: ExcelJS.Workbook): NameLookup {
  const refs = new Map<string, { sheet: string; address: string }>();
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    if (ranges.length !== 1) continue;
    const ref = parseReference(ranges[0]!);
    if (ref) refs.set(name, ref);
  }
  const converted = (wb.properties as { date1904?: boolean } | undefined)?.date1904 === true;
  const lookup = (name: string): NamedCell | undefined => {
    const ref = refs.get(name);
    if (!ref) return undefined;
    const ws = wb.getWorksheet(ref.sheet);
    if (!ws) return undefined;
    const cell = ws.getCell(ref.address);
    const v = cell.value;
    const formula = v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)
      ? String((v as ExcelJS.CellFormulaValue).formula ?? (v as ExcelJS.CellSharedFormulaValue).sharedFormula)
      : undefined;
    const master = cell.isMerged ? cell.master : cell;
    return {
      sheet: ref.sheet,
      address: ref.address,
      value: rawValue(v, converted),
      ...(formula !== undefined ? { formula } : {}),
      ...(master.address !== cell.address ? { mergedInto: master.address } : {}),
      // A cell without a protection style is locked, as in Excel.
      locked: cell.protection?.locked !== false,
    };
  };
  return Object.assign(lookup, { date1904: DATE1904.get(wb) ?? converted, formulaCells: (sheet: string) => formulaCells(wb, sheet), formulaCheck: FORMULA_CHECK });
}

/** Every formula cell of a sheet, a shared formula as its own cell's formula. */
function formulaCells(wb: ExcelJS.Workbook, sheet: string): Map<string, string> | undefined {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return undefined;
  const cells = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      // ExcelJS's getter translates a shared formula to this cell; a merged cell reports its master's value, not a formula of its own.
      if (cell.type === /* ValueType.Formula */ 6 && !(cell.isMerged && cell.master.address !== cell.address)) cells.set(cell.address, String(cell.formula));
    }),
  );
  return cells;
}
