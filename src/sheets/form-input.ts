/**
 * Laying out named input fields as label–input rows, the way 基本資料 and
 * 資格審查 present them.
 */
import type { SheetBuilder } from './builder.ts';
import { DATE_MAX_SERIAL, DATE_MIN_SERIAL, type InputField, NO, toCell, YES } from './fields.ts';
import { BODY_FONT, COLORS, inputStyle, labelStyle, titleStyle, wrappedHeight } from './layout.ts';
import type { CellValue } from './types.ts';

/** Values to prefill, by defined name. */
export type Prefill = Readonly<Record<string, CellValue>>;

/** How wide the label and input columns are (characters), for row heights. */
export interface RowWidths {
  readonly label: number;
  readonly input: number;
}

/**
 * Writes one field as a row: label in column A, input in B (merged to
 * `inputTo`), a hint after it; adds its name and validation.
 */
export function fieldRow(
  b: SheetBuilder,
  row: number,
  field: InputField,
  prefill: Prefill,
  widths: RowWidths,
  inputTo = 'D',
  hint?: string,
): void {
  const address = `B${row}`;
  b.value(`A${row}`, field.label, labelStyle());
  const value = prefill[field.name] ?? null;
  const kind = field.kind;
  const numberFormat =
    kind.type === 'date' ? 'yyyy/mm/dd' : kind.type === 'number' ? '0.00##' : kind.type === 'integer' || kind.type === 'rocYear' ? '0' : '@';
  b.value(address, value, inputStyle({ numberFormat }));
  if (inputTo !== 'B') b.merge(`${address}:${inputTo}${row}`);
  b.styleRange(row, 2, row, colIndex(inputTo), inputStyle({ numberFormat }));
  b.name(field.name, address, field.label);
  if (hint) b.value(`${nextCol(inputTo)}${row}`, hint, { font: { name: BODY_FONT, size: 9, color: COLORS.muted }, alignment: { vertical: 'middle', wrapText: true } });
  const multiline = kind.type === 'text' && kind.multiline;
  const text = typeof value === 'string' ? value : '';
  b.row(row, Math.max(wrappedHeight(field.label, widths.label, 11), multiline ? Math.max(60, wrappedHeight(text, widths.input, 11)) : 20));
  switch (kind.type) {
    case 'yesNo':
      b.validate({ range: address, type: 'list', values: [YES, NO], error: `${field.label}：請選「是」或「否」` });
      break;
    case 'choice':
      b.validate({ range: address, type: 'list', values: kind.values, error: `${field.label}：請選 ${kind.values.join('、')}` });
      break;
    case 'integer':
      b.validate({ range: address, type: 'whole', min: 0, max: 10_000_000, error: `${field.label}：應為 0 以上的整數` });
      break;
    case 'number':
      b.validate({ range: address, type: 'decimal', min: 0, max: 1_000_000, error: `${field.label}：應為 0 以上的數字` });
      break;
    case 'rocYear':
      b.validate({ range: address, type: 'whole', min: 1, max: 299, error: `${field.label}：應為民國年，例如 113` });
      break;
    case 'date':
      // A date is a whole serial number to Excel: text such as 113/04/15 is refused here as the reader refuses it.
      b.validate({ range: address, type: 'whole', min: DATE_MIN_SERIAL, max: DATE_MAX_SERIAL, error: `${field.label}：請以西元輸入日期，例如 2024/4/15（1912/1/1 至 2099/12/31，不含時間）` });
      break;
    default:
      break;
  }
}

/** A section heading row across A:`to`. */
export function headingRow(b: SheetBuilder, row: number, text: string, to = 'E'): void {
  b.value(`A${row}`, text, labelStyle({ fill: COLORS.section, font: { name: BODY_FONT, size: 12, bold: true } }));
  b.merge(`A${row}:${to}${row}`);
  b.row(row, 22);
}

/** The cell values of a review's fields, by name. */
export function prefillOf(fields: readonly InputField[], get: (field: InputField) => unknown): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const field of fields) {
    const v = toCell(field.kind, get(field));
    if (v !== null) out[field.name] = v;
  }
  return out;
}

function colIndex(letter: string): number {
  return letter.charCodeAt(0) - 64;
}

function nextCol(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

/** One panel member's three inputs: 姓名, 在職單位, 職稱. */
export interface PanelMemberFields {
  readonly name: InputField;
  readonly organisation: InputField;
  readonly title: InputField;
}

/**
 * The 現場評鑑人員 block: a heading, a header of `columns` over B:D, and a
 * row per member ("評鑑人員 n") with its three text inputs.
 * @returns the row after the block
 */
export function panelMemberRows(
  b: SheetBuilder,
  row: number,
  heading: string,
  columns: readonly string[],
  members: readonly PanelMemberFields[],
  prefill: Prefill,
): number {
  headingRow(b, row++, heading);
  columns.slice(0, 3).forEach((h, i) => b.value(`${'BCD'[i]}${row}`, h, labelStyle({ alignment: { horizontal: 'center', vertical: 'middle' } })));
  b.value(`A${row}`, '', labelStyle());
  row++;
  members.forEach((member, i) => {
    b.value(`A${row}`, `評鑑人員 ${i + 1}`, labelStyle());
    [member.name, member.organisation, member.title].forEach((field, j) => {
      const address = `${'BCD'[j]}${row}`;
      b.value(address, prefill[field.name] ?? null, inputStyle({ numberFormat: '@' }));
      b.name(field.name, address, field.label);
    });
    b.row(row++, 22);
  });
  return row;
}

/** An input sheet's title and the note under it, each merged across A:E (基本資料, 附表二(填寫)). */
export function inputSheetHeading(b: SheetBuilder, title: string, note: string): void {
  b.value('A1', title, titleStyle(16)).merge('A1:E1').row(1, 30);
  b.value('A2', note, {
    font: { name: BODY_FONT, size: 9, color: COLORS.muted },
    alignment: { wrapText: true, vertical: 'middle' },
  });
  b.merge('A2:E2').row(2, 20);
}
