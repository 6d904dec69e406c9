/**
 * Issue 12 item 2: facts not given are 未確認, never a verdict. A review with
 * nothing entered (or only its year and date) prints like the official blank
 * form: no ☑, ■ or ✓ and no V mark, no 不符, no 符合參選資格, no "-3年"; the
 * 資格審查 verdict is 資格尚未確認 and the CLI says so with the list.
 * The formulas are evaluated by HyperFormula, an engine that is not ours.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/eligibility/eligibility.ts';
import { evaluateReview } from '../../src/review/evaluate.ts';
import type { Review } from '../../src/review/schema.ts';
import { DEFAULT_RUBRIC } from '../../src/rubric/registry.ts';
import { parseCell } from '../../src/sheets/address.ts';
import { RESULT, resultName, RULE_ORDER, STATUS_TEXT } from '../../src/sheets/eligibility.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { scoreJson, scoreText } from '../../src/cli/summary.ts';
import { evaluate } from '../support/hyperformula.ts';

const NOTHING: Review = { rubric: DEFAULT_RUBRIC.id, selectionYear: 113, reviewDate: '2024-04-15', candidate: {}, items: {} };

/** Every formula cell's value on the printed forms and 資格審查, as text. */
function formulaTexts(description: WorkbookDescription): { sheet: string; address: string; text: string }[] {
  const book = evaluate(description);
  const out: { sheet: string; address: string; text: string }[] = [];
  for (const sheet of description.sheets.filter((s) => ['opinion', 'annex1', 'eligibility'].includes(s.key))) {
    const id = book.hf.getSheetId(sheet.name)!;
    for (const c of sheet.cells) {
      if (c.formula === undefined) continue;
      const { row, column } = parseCell(c.address);
      out.push({ sheet: sheet.name, address: c.address, text: String(book.hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 }) ?? '') });
    }
  }
  return out;
}

describe.each([
  ['a new blank workbook', undefined],
  ['a review with only its year and date', NOTHING],
] as const)('%s', (_name, review) => {
  const description = reviewWorkbook(DEFAULT_RUBRIC, review);
  const texts = formulaTexts(description);
  const printed = texts.filter((t) => t.sheet !== '資格審查');

  it('ticks nothing and marks nothing on the printed forms', () => {
    expect(printed.filter((t) => /[☑■✓]/.test(t.text) || t.text === 'V')).toEqual([]);
  });

  it('prints no verdict: no 不符, no 符合參選資格', () => {
    expect(texts.filter((t) => /不符|符合參選資格/.test(t.text))).toEqual([]);
  });

  it('prints no negative year label ("-3年"): the year cells are blank without a year', () => {
    expect(texts.filter((t) => /^-\d|-\d+年/.test(t.text))).toEqual([]);
  });

  it('shows every rule on 資格審查 as 未確認 and the verdict 資格尚未確認', () => {
    const book = evaluate(description);
    for (const rule of RULE_ORDER) expect(book.value(resultName(rule)), rule).toBe(RESULT.unconfirmed);
    expect(book.value('elig_status')).toBe(STATUS_TEXT.unconfirmed);
  });
});

describe('the CLI, on a review with nothing entered', () => {
  it('says 資格尚未確認 with the list, never 符合參選資格 or 不符', () => {
    const result = evaluateReview(NOTHING);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(verdictOf(result.evaluation.eligibility)).toBe('unconfirmed');
    const text = scoreText(result.evaluation);
    expect(text).toContain('資格審查：資格尚未確認');
    expect(text).not.toMatch(/符合參選資格|不符/);
    expect(text.match(/？ 未確認/g)!.length).toBeGreaterThanOrEqual(RULE_ORDER.length);
    const json = scoreJson(result.evaluation);
    expect(json.eligibility.status).toBe('unconfirmed');
    expect(json.eligibility.findings).toEqual([]);
  });
});
