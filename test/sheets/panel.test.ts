/**
 * 小組合議: its live formulas give what `mergeReviews` gives (checked in
 * HyperFormula, an engine that is not ours), a chair's edit moves the panel's
 * points, and the panel workbook reads back as the merged review.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReviews, type PanelInput, type PanelMerge } from '../../src/panel/merge-reviews.ts';
import { evaluateReview } from '../../src/review/evaluate.ts';
import { review as reviewSchema, type Answer, type Candidate, type Review } from '../../src/review/schema.ts';
import { itemsOf } from '../../src/rubric/registry.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { parseCell } from '../../src/sheets/address.ts';
import { INVALID_POINTS, NOT_SCORED, PANEL_SHEET, PANEL_TOTAL_NAME, panelColumns, panelNames, panelWorkbook, snapValues } from '../../src/sheets/panel.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { readReviewXlsx, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { answersArb } from '../../packages/fixtures/arbitraries.ts';
import { LIBREOFFICE, MUST_RUN, render } from '../support/libreoffice.ts';
import { evaluate } from '../support/hyperformula.ts';
import { ELIGIBLE_CANDIDATE as CANDIDATE } from '../builders/review.ts';
import { printOnly } from '../support/print-only.ts';


function member(items: Record<string, Answer>, extra: Partial<Review> = {}, candidate: Partial<Candidate> = {}): Review {
  return reviewSchema.parse({
    rubric: 'osh-unit-113',
    selectionYear: 113,
    reviewDate: '2024-04-15',
    reviewUnit: '新竹市',
    items,
    ...extra,
    candidate: { ...CANDIDATE, ...candidate },
  });
}

function merge(...reviews: Review[]): PanelMerge {
  const inputs: PanelInput[] = reviews.map((review, i) => ({ source: `委員${'ABCDE'[i]}.xlsx`, review }));
  const result = mergeReviews(inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.merge;
}

/** Three members who disagree in every way the merge knows. */
const A = member(
  { '1.1': { level: '可' }, '1.2': { level: 'N/A' }, '1.4': { level: 'N/A' }, '2.3': { level: '良', points: 1.8 }, '7.2': { count: 5 }, '3.6': { level: '良' } },
  { opinion: { strengths: '● 高階主管積極支持\n● 健康促進完善', suggestions: '緊急沖淋設施標示' } },
  { safetyWeek: { planSubmitted: true } },
);
const B = member(
  { '1.1': { level: '良' }, '1.2': { level: '良' }, '1.4': { level: 'N/A' }, '2.3': { level: '優', points: 2.4 }, '7.2': { count: 2 }, '3.6': { level: '可' } },
  { opinion: { strengths: '健康促進完善\n承攬管理用心', suggestions: '緊急沖淋設施標示\n化學品中文標示' } },
  { safetyWeek: { planSubmitted: false } },
);
const C = member(
  { '1.1': { level: '優' }, '1.4': { level: 'N/A' }, '2.3': { level: '良' }, '7.2': { count: 4 } },
  {},
);

const PANEL = merge(A, B, C);

function sheetOf(merged: PanelMerge) {
  return panelWorkbook(merged).sheets.find((s) => s.key === PANEL_SHEET.key)!;
}

describe('panel workbook', () => {
  it('puts 小組合議 first and the merged review\'s own sheets after it', () => {
    const wb = panelWorkbook(PANEL);
    expect(wb.sheets.map((s) => s.name)).toEqual([PANEL_SHEET.name, ...reviewWorkbook(oshUnit113, PANEL.review).sheets.map((s) => s.name)]);
    expect(wb.sheets.map((s) => s.name)).toContain(SHEETS.scoring);
    const names = wb.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const item of itemsOf(oshUnit113)) {
      expect(names).toContain(panelNames(item).points);
      for (let i = 1; i <= 3; i++) expect(names).toContain(panelNames(item).member(i));
    }
  });

  it('heads one level/points column pair per member, named by its file', () => {
    const sheet = sheetOf(PANEL);
    const header = sheet.cells.filter((c) => c.address.endsWith('4') && /^[A-Z]+4$/.test(c.address)).map((c) => c.value);
    expect(header).toEqual(expect.arrayContaining(['委員A.xlsx', '委員B.xlsx', '委員C.xlsx', '平均', '小組得分', '差距', '待討論事項']));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitleRows: '4:5' });
    expect(sheet.freeze).toEqual({ rows: 5, columns: 2 });
  });

  it('writes each member\'s points as an unlocked input and leaves blank those with none', () => {
    const wb = panelWorkbook(PANEL);
    const sheet = sheetOf(PANEL);
    const at = (name: string) => {
      const address = wb.names.find((n) => n.name === name)!.address;
      return sheet.cells.find((c) => c.address === address)!;
    };
    expect(at(panelNames('1.1').member(1)).value).toBe(2);
    expect(at(panelNames('1.1').member(3)).value).toBe(3);
    expect(at(panelNames('2.3').member(3)).value).toBeNull();
    expect(at(panelNames('7.2').member(1)).value).toBe(2);
    expect(at(panelNames('1.1').member(1)).style?.locked).toBe(false);
  });

  it('lists each flagged item\'s messages in 待討論事項, filled, and marks level disagreement live', () => {
    const sheet = sheetOf(PANEL);
    const notes = sheet.cells.filter((c) => typeof c.value === 'string' && c.value.startsWith('• '));
    expect(notes.length).toBe(PANEL.discuss.length);
    for (const cell of notes) expect(cell.style?.fill).toBeDefined();
    expect(notes.map((c) => c.value).join('\n')).toContain('委員評定之等第不同');
    const rowRules = sheet.conditionalFormats.filter((f) => /^A\d+:[A-Z]+\d+$/.test(f.range));
    expect(rowRules).toHaveLength(itemsOf(oshUnit113).length);
    expect(rowRules[0]!.formula).toMatch(/^OR\(AND\(ISNUMBER/);
  });

  it('lists the facts the copies disagree on with each member\'s value', () => {
    const sheet = sheetOf(PANEL);
    const text = sheet.cells.map((c) => String(c.value ?? '')).join('\n');
    expect(PANEL.factConflicts.map((c) => c.path)).toContain('candidate.safetyWeek.planSubmitted');
    // Named by the field's label, not its JSON path.
    expect(text).toContain('已提報職場安全健康週實施計畫並提出佐證資料');
    expect(text).not.toContain('candidate.safetyWeek.planSubmitted');
    expect(text).toContain('合併後此欄不填');
  });

  it('lists 優點 and 建議 one line each, duplicates removed, as unlocked cells', () => {
    const wb = panelWorkbook(PANEL);
    const sheet = sheetOf(PANEL);
    const line = (key: string, i: number) => {
      const address = wb.names.find((n) => n.name === `merge_${key}_${i}`)!.address;
      return sheet.cells.find((c) => c.address === address)!;
    };
    expect([1, 2, 3].map((i) => line('strengths', i).value)).toEqual(['● 高階主管積極支持', '● 健康促進完善', '承攬管理用心']);
    expect([1, 2].map((i) => line('suggestions', i).value)).toEqual(['緊急沖淋設施標示', '化學品中文標示']);
    expect(line('strengths', 1).style?.locked).toBe(false);
  });
});

describe('小組合議 formulas give what the merge gives (HyperFormula)', () => {
  it('for the disagreeing panel: points, levels, spread and total', () => {
    const hf = evaluate(panelWorkbook(PANEL));
    for (const m of PANEL.items) {
      const names = panelNames(m.id);
      const points = hf.value(names.points);
      if (m.state === 'scored') expect(points, m.id).toBeCloseTo(m.points!, 9);
      else expect(points, m.id).toBe(m.state === 'na' ? '不適用' : '');
      if (m.state === 'scored') expect(hf.value(names.level), m.id).toBe(m.level ?? '未達');
      if (m.spread !== null) expect(hf.value(names.spread), m.id).toBeCloseTo(m.spread, 9);
    }
    const total = evaluateReview(PANEL.review);
    if (!total.ok) throw new Error('merged review invalid');
    expect(hf.value(PANEL_TOTAL_NAME)).toBeCloseTo(Math.round(total.evaluation.score.total * 100) / 100, 9);
  });

  // Cases typed from 附表一: 1.1 levels are 2.0 / 2.5 / 3.0 exactly; 7.2 is one point per two 事業單位, at most 3.
  const cases: { name: string; answers: (Answer | undefined)[]; id: string; points: number | string; level?: string }[] = [
    { name: '可 and 優 average to 良 exactly', id: '1.1', answers: [{ level: '可' }, { level: '優' }], points: 2.5, level: '良' },
    { name: '可 and 良 average 2.25, no level: the nearest allowed, half up', id: '1.1', answers: [{ level: '可' }, { level: '良' }], points: 2.5, level: '良' },
    { name: '可, 可, 良 average 2.1667: nearest is 2.0', id: '1.1', answers: [{ level: '可' }, { level: '可' }, { level: '良' }], points: 2, level: '可' },
    { name: 'band points average to 2 decimals', id: '2.3', answers: [{ level: '良', points: 1.8 }, { level: '優', points: 2.3 }, { level: '優', points: 2.4 }], points: 2.17, level: '優' },
    { name: 'every member N/A', id: '1.4', answers: [{ level: 'N/A' }, { level: 'N/A' }], points: '不適用' },
    { name: 'N/A left out of the mean', id: '1.2', answers: [{ level: 'N/A' }, { level: '優' }], points: 1.5, level: '優' },
    { name: 'nobody scored', id: '2.3', answers: [undefined, { level: '良' }], points: '' },
    { name: 'counts: 2 and 1 point average 1.5, not a step: 2', id: '7.2', answers: [{ count: 5 }, { count: 2 }], points: 2, level: '優' },
    { name: '0 and 0 points: 未達', id: '3.2', answers: [{ points: 0 }, { points: 0 }], points: 0, level: '未達' },
  ];
  it.each(cases)('$name', ({ id, answers, points, level }) => {
    const merged = merge(...answers.map((a) => member(a ? { [id]: a } : {})));
    const mine = merged.items.find((m) => m.id === id)!;
    expect(mine.points ?? (mine.state === 'na' ? '不適用' : '')).toEqual(points);
    const hf = evaluate(panelWorkbook(merged));
    const got = hf.value(panelNames(id).points);
    if (typeof points === 'number') expect(got).toBeCloseTo(points, 9);
    else expect(got).toBe(points);
    if (level) expect(hf.value(panelNames(id).level)).toBe(level);
  });

  it('for random panels of three', () => {
    fc.assert(
      fc.property(fc.array(answersArb(oshUnit113), { minLength: 3, maxLength: 3 }), (sets) => {
        const merged = merge(...sets.map((items) => member(items)));
        const hf = evaluate(panelWorkbook(merged));
        for (const m of merged.items) {
          const got = hf.value(panelNames(m.id).points);
          if (m.state === 'scored') expect(Math.abs((got as number) - m.points!), `${m.id} ${JSON.stringify(m.members)}`).toBeLessThan(1e-9);
          else expect(got, m.id).toBe(m.state === 'na' ? '不適用' : '');
        }
        const total = evaluateReview(merged.review);
        if (!total.ok) throw new Error('merged review invalid');
        expect(Math.abs((hf.value(PANEL_TOTAL_NAME) as number) - Math.round(total.evaluation.score.total * 100) / 100)).toBeLessThan(1e-9);
      }),
      { numRuns: 8, seed: 7 },
    );
  });

  it('a chair\'s edit of one member\'s points moves the panel\'s points, level and spread', () => {
    const hf = evaluate(panelWorkbook(PANEL));
    const n = panelNames('1.1');
    expect(hf.value(n.points)).toBe(2.5);
    hf.set({ [n.member(3)]: 2.5 }); // 優 3.0 → 良 2.5: 2.0, 2.5, 2.5 average 2.33, nearest 2.5
    expect(hf.value(n.points)).toBe(2.5);
    hf.set({ [n.member(2)]: 2 }); // 2.0, 2.0, 2.5: 2.17, nearest 2.0
    expect(hf.value(n.points)).toBe(2);
    expect(hf.value(n.level)).toBe('可');
    expect(hf.value(n.spread)).toBe(0.5);
    hf.set({ [n.member(1)]: null, [n.member(2)]: null, [n.member(3)]: null });
    expect(hf.value(n.points)).toBe('');
  });

  it('shows a member without points by what they gave', () => {
    const wb = panelWorkbook(merge(member({}), member({ '2.3': { level: '良' } }), member({ '2.3': { level: 'N/A' } })));
    const hf = evaluate(wb);
    const { row } = parseCell(wb.names.find((x) => x.name === panelNames('2.3').member(1))!.address);
    const sheet = hf.hf.getSheetId(PANEL_SHEET.name)!;
    const levels = [1, 2, 3].map((i) => hf.hf.getCellValue({ sheet, row: row - 1, col: panelColumns(3).memberLevel(i) - 1 }));
    expect(levels).toEqual([NOT_SCORED, '良（待填分數）', '不適用']);
    hf.set({ [panelNames('2.3').member(2)]: 2.2 }); // beyond 良's band (1.5, 2.0]: 優
    expect(hf.hf.getCellValue({ sheet, row: row - 1, col: panelColumns(3).memberLevel(2) - 1 })).toBe('優');
    hf.set({ [panelNames('2.3').member(2)]: 3.5 });
    expect(hf.hf.getCellValue({ sheet, row: row - 1, col: panelColumns(3).memberLevel(2) - 1 })).toBe(INVALID_POINTS);
  });

  it('snaps to the values the merge would: 0 and each level\'s top, or each step', () => {
    const item = (id: string) => itemsOf(oshUnit113).find((i) => i.id === id)!;
    expect(snapValues(item('1.1'))).toEqual([0, 2, 2.5, 3]);
    expect(snapValues(item('7.2'))).toEqual([0, 1, 2, 3]);
  });
});

describe('the panel workbook as a review workbook', () => {
  it('reads back as the merged review (as its own review workbook would)', async () => {
    const bytes = await writeReviewXlsx(panelWorkbook(PANEL));
    const read = await readReviewXlsx(bytes);
    expect(read.problems).toEqual([]);
    const plain = await readReviewXlsx(await writeReviewXlsx(reviewWorkbook(oshUnit113, PANEL.review)));
    expect(read.review).toEqual(plain.review);
    const a = evaluateReview(read.review);
    const b = evaluateReview(PANEL.review);
    if (!a.ok || !b.ok) throw new Error('invalid');
    expect(a.evaluation.score.total).toBeCloseTo(b.evaluation.score.total, 9);
  });
});

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('小組合議 printed by LibreOffice', () => {
  it('prints on A4 landscape with its title, the members\' header repeated, the live values computed', async () => {
    const wb = panelWorkbook(PANEL);
    const rendered = render(await writeReviewXlsx(printOnly(wb, PANEL_SHEET.key)), 'panel');
    for (const page of rendered.pages) {
      expect(page.a4, `page ${page.number}`).toBe(true);
      expect(page.width).toBeCloseTo(841.9, 0);
    }
    expect(rendered.pages[0]!.firstLine.replace(/\s/g, '')).toContain('小組合議：○○實業股份有限公司');
    for (const page of rendered.pages.slice(1)) expect(rendered.pageLines(page.number)[0], `page ${page.number}`).toContain('委員A.xlsx');
    const csv = rendered.csv(PANEL_SHEET.name);
    const row = csv.find((r) => r[0] === '1.1')!;
    // The CSV holds raw values, unformatted.
    expect(row.slice(2, 11)).toEqual(['可', '2', '良', '2.5', '優', '3', '2.5', '2.5', '良']);
    const total = evaluateReview(PANEL.review);
    if (!total.ok) throw new Error('invalid');
    const totalRow = csv.find((r) => r[0]!.startsWith('小組總分'))!;
    expect(totalRow.map(Number).filter((v) => v > 0)).toEqual([Math.round(total.evaluation.score.total * 100) / 100]);
  });
});
