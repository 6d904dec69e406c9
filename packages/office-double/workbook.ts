/**
 * Workbook: the root a request context hands out.
 */
import { DoubleError } from './errors.ts';
import { NamedItemCollection } from './names.ts';
import { ClientObject, ClientResult } from './runtime.ts';
import type { SheetState, WorkbookState } from './state.ts';
import { WorksheetCollection, cloneSheet, copyName, placeSheet } from './worksheet.ts';

interface InsertWorksheetOptions {
  sheetNamesToInsert?: string[];
  positionType?: 'None' | 'Before' | 'After' | 'Beginning' | 'End';
  relativeTo?: unknown;
}

export class Workbook extends ClientObject {
  readonly _className = 'Workbook';

  protected override _navigation(): readonly string[] {
    return ['worksheets', 'names'];
  }

  get worksheets(): WorksheetCollection {
    return this._child('worksheets', () => new WorksheetCollection(this._context, (ex) => ex.resolve(this), 'workbook.worksheets'));
  }

  get names(): NamedItemCollection {
    return this._child('names', () => new NamedItemCollection(this._context, (ex) => (ex.resolve(this) === null ? null : { scope: null }), 'workbook.names'));
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
