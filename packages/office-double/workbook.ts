/**
 * Workbook and Application: the roots a request context hands out.
 */
import { DoubleError } from './errors.ts';
import { NamedItemCollection } from './names.ts';
import { Range, type RangeTarget } from './range.ts';
import { ClientObject, ClientResult, type ScalarSpec } from './runtime.ts';
import type { SheetState, WorkbookState } from './state.ts';
import { WorksheetCollection, cloneSheet, copyName, placeSheet } from './worksheet.ts';

export class Application extends ClientObject {
  readonly _className = 'Application';

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return { calculationMode: { get: () => 'Automatic' } } as Record<string, ScalarSpec<never>>;
  }

  get calculationMode(): string {
    return this._get('calculationMode');
  }

  /** The double does not calculate; recorded as an operation only. */
  calculate(calculationType: string): void {
    this._method('calculate', [calculationType], () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._requireApi('suspendApiCalculationUntilNextSync', '1.6');
    this._method('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
}

export interface InsertWorksheetOptions {
  sheetNamesToInsert?: string[];
  positionType?: 'None' | 'Before' | 'After' | 'Beginning' | 'End';
  relativeTo?: unknown;
}

export class Workbook extends ClientObject {
  readonly _className = 'Workbook';

  protected override _scalars(): Readonly<Record<string, ScalarSpec<never>>> {
    return {
      name: { api: '1.7', get: (wb: WorkbookState) => wb.name },
      readOnly: { api: '1.8', get: () => false },
    } as Record<string, ScalarSpec<never>>;
  }

  protected override _navigation(): readonly string[] {
    return ['worksheets', 'names', 'application'];
  }

  get name(): string {
    return this._get('name');
  }

  get readOnly(): boolean {
    return this._get('readOnly');
  }

  get worksheets(): WorksheetCollection {
    return this._child('worksheets', () => new WorksheetCollection(this._context, (ex) => ex.resolve(this), 'workbook.worksheets'));
  }

  get names(): NamedItemCollection {
    return this._child('names', () => new NamedItemCollection(this._context, (ex) => (ex.resolve(this) === null ? null : { scope: null }), 'workbook.names'));
  }

  get application(): Application {
    return this._child('application', () => new Application(this._context, (ex) => ex.resolve(this), 'workbook.application'));
  }

  /** The range `Range.select()` chose last, else A1 of the active sheet. */
  getSelectedRange(): Range {
    return new Range(
      this._context,
      (ex) => {
        const wb = ex.require<WorkbookState>(this, 'Workbook.getSelectedRange');
        const sel = wb.selection ? { sheet: wb.sheets.find((s) => s.id === wb.selection!.sheetId), rect: wb.selection.rect } : null;
        if (sel?.sheet) return { sheet: sel.sheet, rect: sel.rect } satisfies RangeTarget;
        const sheet = wb.sheets.find((s) => s.id === wb.activeSheetId) ?? wb.sheets[0];
        if (!sheet) throw new DoubleError('ItemNotFound', { location: 'Workbook.getSelectedRange' });
        return { sheet, rect: { r1: 1, c1: 1, r2: 1, c2: 1 } } satisfies RangeTarget;
      },
      'workbook.getSelectedRange()',
    );
  }

  getActiveCell(): Range {
    this._requireApi('getActiveCell', '1.7');
    const selected = this.getSelectedRange();
    return new Range(
      this._context,
      (ex) => {
        const t = ex.resolve<RangeTarget>(selected);
        return t === null ? null : { sheet: t.sheet, rect: { r1: t.rect.r1, c1: t.rect.c1, r2: t.rect.r1, c2: t.rect.c1 } };
      },
      'workbook.getActiveCell()',
    );
  }

  /**
   * ExcelApi 1.13: inserts sheets from an .xlsx given as Base64. Needs the
   * double's `decodeWorkbook` option (see `xlsxDecoder` in export-xlsx.ts).
   * Sheets only: names and styles beyond the cells are not brought over.
   */
  insertWorksheetsFromBase64(base64File: string, options: InsertWorksheetOptions = {}): ClientResult<string[]> {
    this._requireApi('insertWorksheetsFromBase64', '1.13');
    const result = new ClientResult<string[]>();
    this._method('insertWorksheetsFromBase64', [`<${base64File.length} base64 characters>`, options.sheetNamesToInsert ?? null, options.positionType ?? 'None'], async (wb: WorkbookState, ex) => {
      const decode = ex.engine.decodeWorkbook;
      if (!decode) throw new DoubleError('NotImplemented', { args: ['Workbook.insertWorksheetsFromBase64 without a decodeWorkbook option'] });
      const source = await decode(base64File);
      const wanted = options.sheetNamesToInsert?.map((n) => n.toLowerCase());
      let relative: SheetState | null = null;
      const rel = options.relativeTo;
      if (typeof rel === 'string') relative = wb.sheets.find((s) => s.name.toLowerCase() === rel.toLowerCase() || s.id === rel) ?? null;
      else if (rel instanceof ClientObject) relative = ex.require<SheetState>(rel, 'Workbook.insertWorksheetsFromBase64');
      const ids: string[] = [];
      let anchor = relative;
      let position = options.positionType ?? 'None';
      for (const sheet of source.sheets) {
        if (wanted && !wanted.includes(sheet.name.toLowerCase())) continue;
        const taken = wb.sheets.some((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
        const copy = cloneSheet(wb, sheet, taken ? copyName(wb, sheet.name) : sheet.name);
        wb.sheets.push(copy);
        placeSheet(wb, copy, position, anchor, 'Workbook.insertWorksheetsFromBase64');
        if (position === 'Before' || position === 'After' || position === 'Beginning') {
          anchor = copy;
          position = 'After';
        }
        ids.push(copy.id);
      }
      ex.invalidate();
      result._set(ids);
      return ids;
    });
    return result;
  }
}
