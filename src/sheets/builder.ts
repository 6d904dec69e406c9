/**
 * A small mutable helper for building one `SheetDescription`; the result is
 * plain data.
 */
import { cellAddress } from './address.ts';
import { withBreaks, type KeepTogether } from './paging.ts';
import type {
  CellDescription,
  CellStyle,
  CellValue,
  ColumnDescription,
  ConditionalFormatDescription,
  DefinedNameDescription,
  PageSetupDescription,
  RowDescription,
  SheetDescription,
  ValidationDescription,
} from './types.ts';

export class SheetBuilder {
  private readonly cells = new Map<string, CellDescription>();
  private readonly columns = new Map<number, ColumnDescription>();
  private readonly rows = new Map<number, RowDescription>();
  private readonly merges: string[] = [];
  private readonly validations: ValidationDescription[] = [];
  private readonly conditionalFormats: ConditionalFormatDescription[] = [];
  private readonly keeps: KeepTogether[] = [];
  private readonly breaks = new Set<number>();
  readonly names: DefinedNameDescription[] = [];
  pageSetup: PageSetupDescription | undefined;
  freeze: { rows: number; columns: number } | undefined;
  protect = false;
  showGridLines = true;
  state: SheetDescription['state'] = 'visible';
  tabColor: string | undefined;

  constructor(
    readonly key: string,
    /** The tab name. */
    readonly sheetName: string,
  ) {}

  /** Sets a literal value (text stays text, whatever it starts with). */
  value(address: string, value: CellValue, style?: CellStyle): this {
    this.cells.set(address, { address, value, ...(style ? { style } : {}) });
    return this;
  }

  /** Sets a formula, given without the leading "=". */
  formula(address: string, formula: string, style?: CellStyle): this {
    this.cells.set(address, { address, formula, ...(style ? { style } : {}) });
    return this;
  }

  /** Styles a cell, keeping its content. */
  style(address: string, style: CellStyle): this {
    const cell = this.cells.get(address);
    this.cells.set(address, { ...(cell ?? { address }), style: { ...cell?.style, ...style } });
    return this;
  }

  /** Styles every cell of a rectangle (for borders of merged areas). */
  styleRange(top: number, left: number, bottom: number, right: number, style: CellStyle | ((row: number, col: number) => CellStyle)): this {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) this.style(cellAddress(r, c), typeof style === 'function' ? style(r, c) : style);
    }
    return this;
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  column(index: number, width: number, hidden = false): this {
    this.columns.set(index, { index, width, ...(hidden ? { hidden } : {}) });
    return this;
  }

  row(index: number, height: number): this {
    this.rows.set(index, { index, height });
    return this;
  }

  /**
   * Keeps rows `top`…`bottom` on one printed page: `build` puts a manual
   * page break before the block when it would straddle one.
   */
  keep(top: number, bottom: number): this {
    if (bottom > top) this.keeps.push({ top, bottom });
    return this;
  }

  /** A manual page break after `row`. */
  breakAfter(row: number): this {
    this.breaks.add(row);
    return this;
  }

  validate(rule: ValidationDescription): this {
    this.validations.push(rule);
    return this;
  }

  highlight(rule: ConditionalFormatDescription): this {
    this.conditionalFormats.push(rule);
    return this;
  }

  /** Adds a workbook-scoped name for a cell of this sheet. */
  name(name: string, address: string, comment?: string): this {
    this.names.push({ name, sheet: this.key, address, ...(comment ? { comment } : {}) });
    return this;
  }

  build(): SheetDescription {
    const byPosition = (a: string, b: string) => {
      const [ra, rb] = [Number(a.replace(/^[A-Z]+/, '')), Number(b.replace(/^[A-Z]+/, ''))];
      return ra - rb || a.length - b.length || a.localeCompare(b);
    };
    const sheet: SheetDescription = {
      key: this.key,
      name: this.sheetName,
      ...(this.state !== 'visible' ? { state: this.state } : {}),
      ...(this.tabColor ? { tabColor: this.tabColor } : {}),
      columns: [...this.columns.values()].sort((a, b) => a.index - b.index),
      rows: [...this.rows.values()].sort((a, b) => a.index - b.index),
      cells: [...this.cells.values()].sort((a, b) => byPosition(a.address, b.address)),
      merges: [...this.merges],
      validations: [...this.validations],
      conditionalFormats: [...this.conditionalFormats],
      ...(this.protect ? { protect: true } : {}),
      ...(this.pageSetup ? { pageSetup: this.pageSetup } : {}),
      ...(this.freeze ? { freeze: this.freeze } : {}),
      ...(this.showGridLines ? {} : { showGridLines: false }),
    };
    // Blocks merge when they overlap, so a block is never cut by its neighbour's break.
    const blocks = [...this.keeps].sort((a, b) => a.top - b.top);
    const merged: KeepTogether[] = [];
    for (const k of blocks) {
      const last = merged.at(-1);
      if (last && k.top <= last.bottom) merged[merged.length - 1] = { top: last.top, bottom: Math.max(last.bottom, k.bottom) };
      else merged.push(k);
    }
    return withBreaks(sheet, merged, [...this.breaks]);
  }
}
