/**
 * Bordered blocks of the printed forms (附表一, 附表二): content spanning
 * columns and rows, and the medium outline (黑框) the forms draw around a
 * block, which keeps the borders inside it.
 */
import { cellAddress } from './address.ts';
import type { SheetBuilder } from './builder.ts';
import { FORM_FONT, wrappedHeight } from './layout.ts';
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
