/**
 * Bordered blocks of the printed forms (附表一, 附表二): content spanning
 * columns and rows, and the medium outline (黑框) the forms draw around a
 * block, which keeps the borders inside it.
 */
import { cellAddress } from './address.ts';
import type { SheetBuilder } from './builder.ts';
import { BODY_FONT, displayWidth, FORM_FONT, labelStyle, textStyle, wrappedHeight } from './layout.ts';
import type { Borders, BorderStyle, CellStyle } from './types.ts';

/** The printed forms' text size (附表一, 附表二, 附表四), in points. */
export const FORM_SIZE = 10;
/** The forms' thin box around a cell. */
export const FORM_BOX: Borders = { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' };
/** The medium line (黑框) the forms draw around a block. */
export const FORM_FRAME: BorderStyle = 'medium';

/** The forms' font (標楷體) at `size`. */
export const formFont = (size = FORM_SIZE, bold = false): CellStyle['font'] => ({ name: FORM_FONT, size, ...(bold ? { bold: true } : {}) });

/** A boxed form cell: the form font, wrapped text, vertically centred, with `extra` on top. */
export function formStyle(extra: Omit<CellStyle, 'alignment'> & { alignment?: CellStyle['alignment'] } = {}): CellStyle {
  return { font: formFont(), border: FORM_BOX, ...extra, alignment: { vertical: 'middle', wrapText: true, ...extra.alignment } };
}

/** A boxed form cell, centred both ways. */
export const formCentred = (extra: Omit<CellStyle, 'alignment'> = {}): CellStyle => formStyle({ ...extra, alignment: { horizontal: 'center' } });

/** A row height for wrapped text, with a margin: renderers wrap before closing punctuation and pad cells. */
export function formFit(content: string, columns: number, size = FORM_SIZE, minLines = 1): number {
  return wrappedHeight(content, columns - 2, size, minLines) + 4;
}

export interface BlockContent {
  readonly value?: string | null;
  readonly formula?: string;
}

export interface FormBlocks {
  /**
   * Puts `content` in (row, from), spanning columns to `to` and rows to
   * `bottom`. Rows are stacked, not merged: each row's cells merge across
   * only, inner horizontal lines are left out, and the content sits in the
   * first row, so a page break between the rows can never cut the text (a
   * merged cell split by a page break prints in part or not at all).
   * `rows: 'merge'` merges the rows for real, for rows that always print whole.
   */
  put(row: number, from: number, to: number, content: BlockContent, style: CellStyle, bottom?: number, rows?: 'stack' | 'merge'): void;
  /** Draws the outline around a block, keeping the borders inside. */
  frame(top: number, left: number, bottom: number, right: number): void;
}

/**
 * Blocks on `b`, remembering each cell's borders so that `frame` can
 * thicken the outline of what `put` drew.
 * @param outline the frame's line. @default 'medium'
 */
export function formBlocks(b: SheetBuilder, outline: BorderStyle = 'medium'): FormBlocks {
  const addr = cellAddress;
  const borders = new Map<string, Borders>();
  return {
    put(row, from, to, content, cellStyle, bottom = row, rows = 'stack') {
      for (let r = row; r <= bottom; r++) {
        const edge = cellStyle.border ?? {};
        const border: Borders =
          rows === 'merge' || bottom === row
            ? edge
            : {
                ...(edge.left ? { left: edge.left } : {}),
                ...(edge.right ? { right: edge.right } : {}),
                ...(r === row && edge.top ? { top: edge.top } : {}),
                ...(r === bottom && edge.bottom ? { bottom: edge.bottom } : {}),
              };
        const rowStyle = { ...cellStyle, border };
        b.styleRange(r, from, r, to, rowStyle);
        for (let c = from; c <= to; c++) borders.set(addr(r, c), border);
        if (r === row) {
          if (content.formula !== undefined) b.formula(addr(r, from), content.formula, rowStyle);
          else b.value(addr(r, from), content.value ?? null, rowStyle);
        }
        if (rows === 'stack' && to > from) b.merge(`${addr(r, from)}:${addr(r, to)}`);
      }
      if (rows === 'merge' && (to > from || bottom > row)) b.merge(`${addr(row, from)}:${addr(bottom, to)}`);
    },
    frame(top, left, bottom, right) {
      b.styleRange(top, left, bottom, right, (r, c) => {
        const border: Borders = {
          ...borders.get(addr(r, c)),
          ...(r === top ? { top: outline } : {}),
          ...(r === bottom ? { bottom: outline } : {}),
          ...(c === left ? { left: outline } : {}),
          ...(c === right ? { right: outline } : {}),
        };
        borders.set(addr(r, c), border);
        return { border };
      });
    },
  };
}

/** The tallest row a long text gets before it continues in the next row: well under Excel's 409 pt, and a fraction of a page. */
export const LONG_TEXT_ROW = 300;

/** One row's piece of a long text: characters `start`… (1-based, as MID counts) and the row's height. */
export interface TextPiece {
  readonly start: number;
  /** Characters in the piece; the last piece takes whatever follows. */
  readonly length: number;
  readonly height: number;
}

/**
 * Cuts `text` into pieces that each fit a row at most `maxHeight` points
 * tall in `columns` character units at `size` points, at line ends as the
 * renderer would wrap them (estimated as `wrappedHeight` does), so that a
 * text of any length prints whole over several rows, each within Excel's
 * row limit and free to fall either side of a page break. A short text is
 * one piece. `minLines` sizes the first piece for a blank box.
 */
export function textPieces(text: string, columns: number, size = FORM_SIZE, maxHeight = LONG_TEXT_ROW, minLines = 1): TextPiece[] {
  const perLine = Math.max(1, Math.floor(((columns - 2) * 11) / size) - 1);
  const lineHeight = size * 1.35;
  const maxLines = Math.max(1, Math.floor((maxHeight - 9) / lineHeight));
  // Visual lines, each with the characters it covers (a line break belongs to the line it ends).
  const chars = [...text];
  const lines: { from: number; to: number }[] = [];
  let from = 0;
  let width = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') {
      lines.push({ from, to: i + 1 });
      from = i + 1;
      width = 0;
      continue;
    }
    const w = displayWidth(ch);
    if (width + w > perLine && i > from) {
      lines.push({ from, to: i });
      from = i;
      width = 0;
    }
    width += w;
  }
  if (from < chars.length || lines.length === 0) lines.push({ from, to: chars.length });
  const pieces: TextPiece[] = [];
  for (let i = 0; i < lines.length; i += maxLines) {
    const group = lines.slice(i, i + maxLines);
    const start = group[0]!.from;
    const end = group.at(-1)!.to;
    const count = Math.max(group.length, pieces.length === 0 ? minLines : 1);
    pieces.push({ start: start + 1, length: end - start, height: formFit('', columns, size, count) });
  }
  return pieces;
}

/**
 * A formula for one piece of the text `expression` gives: MID over the
 * piece's characters, without the line break that ends it; the last piece
 * takes the rest, so a text edited longer later still prints, if cramped.
 * Offsets count code points, as MID counts characters (text outside the
 * Basic Multilingual Plane would shift them; the forms' texts have none).
 */
export function pieceFormula(expression: string, piece: TextPiece, last: boolean): string {
  if (last) return piece.start === 1 ? expression : `MID(${expression},${piece.start},32767)`;
  const mid = `MID(${expression},${piece.start},${piece.length})`;
  return `IF(RIGHT(${mid},1)=CHAR(10),LEFT(${mid},${piece.length - 1}),${mid})`;
}

/**
 * The sign-off a decision needs: 初審單位, the date, and a line per member
 * with a cell to sign, kept on one page.
 */
export function signOffRows(b: SheetBuilder, top: number, last: number, members: readonly string[], reviewUnit: string): number {
  const addr = cellAddress;
  let row = top;
  const plain: CellStyle = { font: { name: BODY_FONT, size: 12, bold: true }, alignment: { vertical: 'middle' } };
  const half = Math.max(3, Math.floor(last / 2));
  b.value(addr(row, 1), `${SIGN_OFF.reviewUnit}${reviewUnit || '\u3000'.repeat(10)}`, plain).merge(`${addr(row, 1)}:${addr(row, half)}`);
  b.value(addr(row, half + 1), SIGN_OFF.date, plain).merge(`${addr(row, half + 1)}:${addr(row, last)}`);
  b.row(row++, 28);
  const head = labelStyle({ alignment: { horizontal: 'center', vertical: 'middle' } });
  const box = textStyle({ alignment: { horizontal: 'center', vertical: 'middle' } });
  b.value(addr(row, 1), SIGN_OFF.member, head).styleRange(row, 2, row, 2, head).merge(`${addr(row, 1)}:${addr(row, 2)}`);
  b.value(addr(row, 3), SIGN_OFF.signature, head).styleRange(row, 4, row, last, head).merge(`${addr(row, 3)}:${addr(row, last)}`);
  b.row(row++, 22);
  const lines = [...members, ...Array.from({ length: Math.max(0, 3 - members.length) }, () => '')];
  for (const member of lines) {
    b.value(addr(row, 1), member || null, { ...box, font: { name: BODY_FONT, size: 12 } }).styleRange(row, 2, row, 2, box).merge(`${addr(row, 1)}:${addr(row, 2)}`);
    b.value(addr(row, 3), null, box).styleRange(row, 4, row, last, box).merge(`${addr(row, 3)}:${addr(row, last)}`);
    b.row(row++, 40);
  }
  b.keep(top, row - 1);
  return row;
}

/** The sign-off's words. */
export const SIGN_OFF = {
  reviewUnit: '初審單位：',
  date: '日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日',
  member: '評鑑人員',
  signature: '簽名',
} as const;
