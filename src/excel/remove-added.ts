/**
 * All or nothing (issue 11): the refusal when defined names clash, and undoing a
 * batch Excel applied in part. Loaded only when one of them happens, so it is
 * not in the pane's first-paint JavaScript.
 */
/** `Excel.run` (the adapter's ExcelRun; spelled here so the two modules do not import each other). */
type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What one batch adds: the tabs (free when it started) and the defined names. */
export interface Added {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
}

/** The sheet a name's reference is on ("='評分 (2)'!$A$1:$B$3" → "評分 (2)"), if it is one reference. */
export function nameSheet(formula: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?$/.exec(formula.trim());
  return m ? (m[1] ?? m[2]!).replace(/''/g, "'") : undefined;
}

/**
 * Removes what a failed batch left: its names that point into its tabs
 * (a name someone else added meanwhile points elsewhere and stays), then
 * its tabs. Two round trips. Resolves to the tabs it could not remove.
 */
export async function removeAdded(run: ExcelRun, added: Added): Promise<string[]> {
  const ours = new Set(added.sheets.map((s) => s.toLowerCase()));
  try {
    return await run(async (context) => {
      const names = added.names.map((n) => context.workbook.names.getItemOrNullObject(n).load('formula'));
      const sheets = added.sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s).load('name'));
      await context.sync();
      for (const n of names) {
        const sheet = !n.isNullObject && typeof n.formula === 'string' ? nameSheet(n.formula) : undefined;
        if (sheet !== undefined && ours.has(sheet.toLowerCase())) n.delete();
      }
      const left = sheets.filter((s) => !s.isNullObject);
      for (const ws of left) {
        // Visible first: Excel's own UI cannot delete a very hidden sheet, so the meta sheet is not left to chance.
        ws.visibility = 'Visible';
        ws.delete();
      }
      await context.sync();
      return [];
    });
  } catch {
    return [...added.sheets];
  }
}

/** What the message of a partial failure adds: that the workbook is as before, or which tabs are left. */
export function undoneMessage(left: readonly string[]): string {
  return left.length === 0 ? '已移除這次加入的工作表與名稱，活頁簿與先前相同，可直接再試。' : `這次加入的工作表未能全部移除，請手動刪除後再試：${left.join('、')}。`;
}

/** "a、b、c 等 5 個": the first few of a list, for a message. */
function someOf(list: readonly string[]): string {
  return list.slice(0, 3).join('、') + (list.length > 3 ? ` 等 ${list.length} 個` : '');
}

/** Why nothing was written: the workbook already has defined names the review (or the sheets to add) use. */
export function clashMessage(clashes: readonly string[], adding: 'review' | 'sheets'): string {
  return adding === 'review'
    ? `活頁簿已有評審工作表所用的定義名稱（${someOf(clashes)}）；為免覆蓋原有資料，未建立任何工作表。請改用新的活頁簿，或先刪除這些名稱。`
    : `活頁簿已有要加入之工作表所用的定義名稱（${someOf(clashes)}），可能已加入過同一表單；為免覆蓋原有資料，未加入任何工作表。`;
}
