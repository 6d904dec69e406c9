/**
 * 定稿 through the Office.js adapter on the double: round trips, what is
 * locked and protected, writes refused while finalised (by the pane and by a
 * person in the grid), 取消定稿, and a digest the CLI agrees with once the
 * workbook is saved as .xlsx.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFinalisation } from '../../src/finalise/digest.ts';
import type { OfficeDouble } from '../../packages/office-double/index.ts';
import { exportXlsx, importXlsx } from '../../packages/office-double/export-xlsx.ts';
import { DEFAULT_RUBRIC } from '../../src/rubric/registry.ts';
import { inputArea, inputCells } from '../../src/sheets/finalise.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { META_NAMES } from '../../src/sheets/meta.ts';
import { parseRange, cellAddress } from '../../src/sheets/address.ts';
import type { NewReviewInit, ReviewHost } from '../../src/host/review-host.ts';
import { exceljsLookup } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook } from '../../src/workbook/xlsx-file.ts';
import { HOST_KINDS, type HostKind, hostOver, syncsOf } from '../support/excel-host.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';

const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '○○○政府', selectionYear: 113, reviewDate: '2024-04-15' };
const NOW = new Date(2024, 3, 20, 15, 30, 5);

const hostAt = (double: OfficeDouble, kind: HostKind = 'double'): ReviewHost => hostOver(double, { now: () => NOW }, kind);

async function createdReview(api = '1.17', kind: HostKind = 'double'): Promise<{ double: OfficeDouble; host: ReviewHost }> {
  const double = reviewDouble({ requirementSets: { ExcelApi: api }, sheets: ['工作表1'] });
  const host = hostAt(double, kind);
  const created = await host.createReview(INIT);
  if (!created.ok) throw new Error(created.message);
  const filled = await host.writeCells({ item_1_1_level: '優', item_2_3_level: '良', item_2_3_points: 1.8, opinion_strengths: '主管支持' });
  if (!filled.ok) throw new Error(filled.message);
  return { double, host };
}


function sheetState(double: OfficeDouble, name: string) {
  return double.workbookState.sheets.find((s) => s.name === name)!;
}

/** Every cell of every input's area, as "sheet!A1". */
function inputPositions(): { sheet: string; address: string }[] {
  return inputCells(DEFAULT_RUBRIC).flatMap((input) => {
    const { start, end } = parseRange(inputArea(input, input.address));
    const out: { sheet: string; address: string }[] = [];
    for (let r = start.row; r <= end.row; r++) for (let c = start.column; c <= end.column; c++) out.push({ sheet: SHEETS[input.sheet], address: cellAddress(r, c) });
    return out;
  });
}

async function lockedOf(double: OfficeDouble, positions: readonly { sheet: string; address: string }[]): Promise<boolean[]> {
  return double.run(async (context) => {
    const ranges = positions.map((p) => context.workbook.worksheets.getItem(p.sheet).getRange(p.address).format.protection.load('locked'));
    await context.sync();
    return ranges.map((r) => r.locked);
  });
}

async function xlsxOf(double: OfficeDouble): Promise<Uint8Array> {
  const bytes = await exportXlsx(double, ExcelJS);
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

describe.each(HOST_KINDS)('定稿 (ExcelApi 1.17, %s)', (kind) => {
  it('finalises in 2 syncs, locks every input, reads as intact in 1 sync, and unfinalises in 2', async () => {
    const { double, host } = await createdReview('1.17', kind);
    const positions = inputPositions();
    expect((await lockedOf(double, positions)).every((l) => !l)).toBe(true);

    const finalise = await syncsOf(double, () => host.finalise());
    expect(finalise.result).toEqual({ ok: true, value: { at: expect.stringMatching(/^2024-04-20T15:30:05[+-]\d{2}:\d{2}$/) } });
    expect(finalise.syncs).toBe(2);
    expect((await lockedOf(double, positions)).every((l) => l)).toBe(true);
    for (const key of ['basic', 'eligibility', 'scoring', 'meta'] as const) expect(sheetState(double, SHEETS[key]).protection.protected, key).toBe(true);

    const read = await syncsOf(double, () => host.readReview());
    expect(read.syncs).toBe(1);
    if (!read.result.ok) throw new Error(read.result.message);
    expect(read.result.value.finalisation).toEqual({ state: 'intact', at: finalise.result.ok ? finalise.result.value.at : '' });
    expect(read.result.value.review?.items['1.1']).toEqual({ level: '優' });

    const unfinalise = await syncsOf(double, () => host.unfinalise());
    expect(unfinalise).toEqual({ syncs: 2, result: { ok: true } });
    expect((await lockedOf(double, positions)).every((l) => !l)).toBe(true);
    // The sheets stay protected as the layout protects them: only the inputs are open again.
    for (const key of ['basic', 'eligibility', 'scoring', 'meta'] as const) expect(sheetState(double, SHEETS[key]).protection.protected, key).toBe(true);
    const after = await host.readReview();
    expect(after.ok && after.value.finalisation).toEqual({ state: 'draft' });
  });

  it('refuses writes while finalised, from the pane and from a person in the grid, and takes them again after 取消定稿', async () => {
    const { double, host } = await createdReview('1.17', kind);
    await host.finalise();
    const write = await host.writeCells({ item_1_2_level: '良' });
    expect(write.ok).toBe(false);
    expect(!write.ok && write.code).toBe('AccessDenied');
    expect(await double.simulateUserEdit(SHEETS.basic, 'B4', '△△工業')).toEqual({ accepted: false, reason: 'protected' });
    // The merged part of an input is locked too, not only its first cell.
    expect(await double.simulateUserEdit(SHEETS.basic, 'C4', '△△工業')).toEqual({ accepted: false, reason: 'protected' });
    expect(await double.simulateUserEdit(SHEETS.scoring, sheetAddressOf('item_1_2_level'), '良')).toEqual({ accepted: false, reason: 'protected' });

    await host.unfinalise();
    expect(await host.writeCells({ item_1_2_level: '良' })).toEqual({ ok: true });
    expect(await double.simulateUserEdit(SHEETS.basic, 'B4', '△△工業')).toEqual({ accepted: true });
    const read = await host.readReview();
    expect(read.ok && read.value.review?.candidate.name).toBe('△△工業');
  });

});

describe('定稿 on the double (ExcelApi 1.17)', () => {
  const TOTAL_AT = reviewWorkbook(DEFAULT_RUBRIC).names.find((n) => n.name === 'total_score')!.address;
  it('keeps the formula record through a refresh of the print sheets; a total typed over its formula after 定稿 reads as edited, naming the cell', async () => {
    const { double, host } = await createdReview();
    await host.finalise();
    expect((await host.refreshPrintSheets('opinion')).ok).toBe(true);
    const intact = await host.readReview();
    expect(intact.ok && intact.value.problems).toEqual([]);
    expect(intact.ok && intact.value.finalisation?.state).toBe('intact');

    await double.run(async (context) => {
      context.workbook.worksheets.getItem(SHEETS.scoring).protection.unprotect();
      await context.sync();
    });
    expect(await double.simulateUserEdit(SHEETS.scoring, TOTAL_AT, '95.5')).toEqual({ accepted: true });
    const read = await host.readReview();
    expect(read.ok && read.value.finalisation).toMatchObject({ state: 'edited', reason: 'changed' });
    expect(read.ok && read.value.problems.map((p) => p.message)).toEqual([expect.stringContaining(`'${SHEETS.scoring}'!${TOTAL_AT}（total_score） 的公式已被刪除或改成數值`)]);
  });

  it('reports an edit made after 定稿 (sheet unprotected by hand), and refuses to finalise again until 取消定稿', async () => {
    const { double, host } = await createdReview();
    await host.finalise();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem(SHEETS.scoring).protection.unprotect();
      await context.sync();
    });
    expect(await double.simulateUserEdit(SHEETS.scoring, sheetAddressOf('item_1_1_level'), '良')).toEqual({ accepted: true });
    const read = await host.readReview();
    expect(read.ok && read.value.finalisation).toEqual({ state: 'edited', at: expect.stringMatching(/^2024-04-20T15:30/), reason: 'changed' });

    const again = await host.finalise();
    expect(again.ok).toBe(false);
    expect(!again.ok && again.message).toContain('取消定稿');
    await host.unfinalise();
    expect((await host.finalise()).ok).toBe(true);
    const reread = await host.readReview();
    expect(reread.ok && reread.value.finalisation?.state).toBe('intact');
  });

  it('refuses to finalise while a cell cannot be read, and says how many', async () => {
    const { double, host } = await createdReview();
    expect(await double.simulateUserEdit(SHEETS.basic, 'B9', '很多人', { bypassValidation: true })).toEqual({ accepted: true });
    const result = await host.finalise();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/1 處無法讀取/);
    expect(await metaDigest(double)).toBe('');
    expect((await lockedOf(double, inputPositions())).every((l) => !l)).toBe(true);
    const read = await host.readReview();
    expect(read.ok && read.value.finalisation).toEqual({ state: 'draft' });
  });

  it('gives the digest the CLI computes once the workbook is saved as .xlsx, and the CLI sees an edit made there', async () => {
    const { double, host } = await createdReview();
    await host.finalise();
    const wb = await loadWorkbook(await xlsxOf(double));
    expect(await readFinalisation(exceljsLookup(wb))).toEqual({ state: 'intact', at: expect.stringMatching(/^2024-04-20T15:30:05/) });
    wb.getWorksheet(SHEETS.basic)!.getCell('B4').value = '△△工業';
    expect((await readFinalisation(exceljsLookup(wb))).state).toBe('edited');
  });

  it('finalises a workbook made before 定稿 existed (no meta_final_* names): the names are added on the meta sheet', async () => {
    const { double, host } = await createdReview();
    await double.run(async (context) => {
      context.workbook.names.getItem(META_NAMES.finalAt).delete();
      context.workbook.names.getItem(META_NAMES.finalDigest).delete();
      await context.sync();
    });
    const result = await syncsOf(double, () => host.finalise());
    expect(result.result.ok).toBe(true);
    expect(result.syncs).toBe(2);
    const read = await host.readReview();
    expect(read.ok && read.value.finalisation?.state).toBe('intact');
  });
});

describe.each(HOST_KINDS)('定稿 on Excel 2019 (ExcelApi 1.7, %s)', (kind) => {
  it('works on a review workbook opened from .xlsx, in the same round trips', async () => {
    const { double: newer } = await createdReview();
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.7' }, workbook: await importXlsx(await xlsxOf(newer), ExcelJS) });
    const host = hostAt(double, kind);
    const finalise = await syncsOf(double, () => host.finalise());
    expect(finalise.result.ok).toBe(true);
    expect(finalise.syncs).toBe(2);
    expect((await host.writeCells({ item_1_2_level: '良' })).ok).toBe(false);
    expect(await syncsOf(double, () => host.unfinalise())).toEqual({ syncs: 2, result: { ok: true } });
    expect(await host.writeCells({ item_1_2_level: '良' })).toEqual({ ok: true });
  });
});

/** Where the layout puts a name (the tests above never move cells). */
function sheetAddressOf(name: string): string {
  return inputCells(DEFAULT_RUBRIC).find((i) => i.name === name)!.address;
}

/** What the meta sheet's digest cell holds. */
async function metaDigest(double: OfficeDouble): Promise<unknown> {
  return double.run(async (context) => {
    const range = context.workbook.names.getItem(META_NAMES.finalDigest).getRange().load('values');
    await context.sync();
    return range.values[0]![0];
  });
}
