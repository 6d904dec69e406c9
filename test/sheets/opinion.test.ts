import { describe, it, expect } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { parseCell } from '../../src/sheets/address.ts';
import { A4_MARGINS, FORM_FONT, SHEETS } from '../../src/sheets/layout.ts';
import { OPINION_CONTINUATION, OPINION_LINE_CHARS, OPINION_TEXT, OSHMS_NOT_REQUIRED_NOTE, opinionFit, opinionLines, opinionPages, opinionSheet, STRENGTHS_LINES, SUGGESTIONS_LINES } from '../../src/sheets/opinion.ts';
import { printedPages } from '../../src/sheets/paging.ts';
import type { SheetDescription } from '../../src/sheets/types.ts';
import { find, Harness, knownNames, namesIn, seed, squash, type Value } from '../support/form-harness.ts';

const STRENGTHS = [
  '● 高階主管積極支持並參與各項安全衛生活動，建構優良之職業安全衛生管理體系。',
  '● 積極推動健康管理與健康促進計畫，設有職業醫師及中醫師駐診。',
].join('\n');

const REALISTIC: Record<string, Value> = {
  review_year: 113,
  cand_name: '台灣精密機械股份有限公司',
  review_unit: '臺中市政府',
  cand_industry_code: '293',
  elig_industry_code_corrected: null,
  elig_has_contractors: '是',
  elig_result_contractor_rates_missing: '符合',
  elig_oshms_required: '是',
  elig_toshms_valid: '是',
  elig_perf_valid: '否',
  opinion_strengths: STRENGTHS,
  opinion_suggestions: '● 未按規定設置安全衛生專職人員。',
};

const { sheet, names } = opinionSheet();
const T = OPINION_TEXT;

describe('初審意見表', () => {
  it('is the opinion sheet, defining only the name the add-in finds it by', () => {
    expect(sheet.key).toBe('opinion');
    expect(sheet.name).toBe(SHEETS.opinion);
    expect(names.map((n) => [n.name, n.sheet, n.address])).toEqual([['print_opinion', 'opinion', 'A1']]);
  });

  it('prints blank on exactly one A4 portrait page, protected, without gridlines', () => {
    const p = sheet.pageSetup!;
    expect(p.paperSize).toBe(9);
    expect(p.orientation).toBe('portrait');
    expect(p.fitToWidth).toBe(1);
    expect(printedPages(sheet)).toHaveLength(1);
    expect(p.firstPageNumber).toBe(1);
    expect(p.margins).toEqual(A4_MARGINS);
    const lastRow = Math.max(...sheet.cells.map((c) => parseCell(c.address).row));
    expect(p.printArea).toBe(`A1:B${lastRow}`);
    expect(sheet.protect).toBe(true);
    expect(sheet.showGridLines).toBe(false);
    // Nothing on the form is an input: every cell stays locked.
    expect(sheet.cells.filter((c) => c.style?.locked === false)).toEqual([]);
    expect(sheet.validations).toEqual([]);
  });

  it('sets every used row height, and the form face on every text cell', () => {
    const rows = new Set(sheet.rows.map((r) => r.index));
    for (const c of sheet.cells) {
      expect(rows.has(parseCell(c.address).row), c.address).toBe(true);
      if (c.value !== undefined || c.formula !== undefined) expect(c.style?.font?.name, c.address).toBe(FORM_FONT);
    }
  });

  it('refers only to names defined by fields.ts, scoring.ts or the 資格審查 sheet', () => {
    const known = knownNames(oshUnit113);
    const used = new Set(sheet.cells.flatMap((c) => (c.formula ? namesIn(c.formula) : [])));
    expect([...used].filter((n) => !known.has(n))).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });

  it('evaluates every formula without an error, filled in and blank', () => {
    expect(new Harness(sheet, REALISTIC).errors()).toEqual([]);
    expect(new Harness(sheet, {}).errors()).toEqual([]);
  });

  it('shows the year, the unit, the 初審單位 and the opinions live from the inputs', () => {
    const h = new Harness(sheet, REALISTIC);
    expect(h.at('A1')).toBe('113 年推行職業安全衛生優良單位初審意見表');
    expect(h.at(find(sheet, 'cand_name'))).toBe('台灣精密機械股份有限公司');
    expect(h.at(find(sheet, 'review_unit'))).toBe('臺中市政府');
    expect(boxText(h, sheet, 'opinion_strengths')).toBe(STRENGTHS);
    expect(boxText(h, sheet, 'opinion_suggestions')).toBe('● 未按規定設置安全衛生專職人員。');
    h.set({ review_year: 114, cand_name: '○○實業股份有限公司', opinion_strengths: null });
    expect(h.at('A1')).toBe('114 年推行職業安全衛生優良單位初審意見表');
    expect(h.at(find(sheet, 'cand_name'))).toBe('○○實業股份有限公司');
    // A blank input prints blank, never 0.
    expect(boxText(h, sheet, 'opinion_strengths')).toBe('');
    h.set({ review_year: null });
    expect(h.at('A1')).toBe('○○○ 年推行職業安全衛生優良單位初審意見表');
  });

  describe('事業單位行業別', () => {
    const cases: [string, Value, Value, string][] = [
      ['not corrected', '293', null, '☑ 正確。　　☐ 修正為：○○○小類'],
      ['corrected to another code', '293', '294', '☐ 正確。　　☑ 修正為：294小類'],
      ['corrected, typed as a number', '293', 294, '☐ 正確。　　☑ 修正為：294小類'],
      ['"corrected" to the same code', '293', '293', '☑ 正確。　　☐ 修正為：○○○小類'],
      ['no code at all', null, null, '☐ 正確。　　☐ 修正為：○○○小類'],
    ];
    it.each(cases)('%s', (_, code, corrected, expected) => {
      const h = new Harness(sheet, { ...REALISTIC, cand_industry_code: code, elig_industry_code_corrected: corrected });
      expect(h.at(find(sheet, T.industryCorrect))).toBe(expected);
    });
  });

  describe('勞工人數 and 承攬人', () => {
    // [case, has contractors, contractor_rates_missing, ticked lines]
    const cases: [string, Value, Value, string[]][] = [
      ['no contractors', '否', '符合', [T.eligible, T.noContractors]],
      ['contractors with their figures', '是', '符合', [T.eligible, T.contractorsGiven]],
      ['contractors without their figures', '是', '不符', [T.notEligible, T.contractorsMissing]],
      ['not yet confirmed', '是', '未確認', []],
      ['nothing known', null, null, []],
    ];
    const lines = [T.eligible, T.noContractors, T.contractorsGiven, T.notEligible, T.contractorsMissing];
    it.each(cases)('%s', (_, has, result, ticked) => {
      const h = new Harness(sheet, { ...REALISTIC, elig_has_contractors: has, elig_result_contractor_rates_missing: result });
      const workersTop = parseCell(find(sheet, T.noContractors)).row - 1;
      lines.forEach((line, i) => {
        expect(h.at(`B${workersTop + i}`), line).toBe(`${ticked.includes(line) ? '☑' : '☐'} ${line}`);
      });
    });
  });

  describe('職業安全衛生管理系統', () => {
    // [case, required, TOSHMS valid, 績效審查 valid, 資格審查's verdict, ticked]
    const cases: [string, Value, Value, Value, Value, string[]][] = [
      ['TOSHMS valid', '是', '是', '否', '符合', [T.eligible, T.toshms]],
      ['績效審查 valid', '是', '否', '是', '符合', [T.eligible, T.performance]],
      ['both valid', '是', '是', '是', '符合', [T.eligible, T.toshms, T.performance]],
      ['neither valid', '是', '否', '否', '不符', [T.oshmsNotEligible]],
      // Required, but no expiry date typed yet: 資格審查 says 未確認, so no box is ticked.
      ['required, no expiry date typed yet', '是', null, null, '未確認', []],
      ['not required to build one', '否', '否', '否', '符合', [T.eligible]],
      ['not yet known whether required', null, '是', '否', '未確認', []],
    ];
    it.each(cases)('%s', (_, required, toshms, perf, verdict, ticked) => {
      const h = new Harness(sheet, { ...REALISTIC, elig_oshms_required: required, elig_toshms_valid: toshms, elig_perf_valid: perf, elig_result_oshms: verdict });
      const top = parseCell(find(sheet, T.toshms)).row - 1;
      const note = required === '否' ? OSHMS_NOT_REQUIRED_NOTE : '';
      expect(h.at(`B${top}`)).toBe(`${ticked.includes(T.eligible) ? '☑' : '☐'} ${T.eligible}${note}`);
      [T.toshms, T.performance, T.oshmsNotEligible].forEach((line, i) => {
        expect(h.at(`B${top + 1 + i}`), line).toBe(`${ticked.includes(line) ? '☑' : '☐'} ${line}`);
      });
    });
  });

  it('prints the official wording verbatim, in the official order', () => {
    // The blank 初審意見表 of the source, from its title to its last 備註.
    const start = seed.indexOf(squash('113 年推行職業安全衛生優良單位初審意見表'));
    const form = seed.slice(start, seed.indexOf(squash('2. 初審意見表應明列優點及建議事項。'), start) + 30);
    expect(start).toBeGreaterThan(0);
    const sheetText = squash(
      sheet.cells
        .map((c) => (c.formula ? [...c.formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')).join('') : String(c.value ?? '')))
        .join('|'),
    );
    let at = 0;
    for (const text of Object.values(T)) {
      const t = squash(text);
      expect(form, text).toContain(t);
      expect(sheetText, text).toContain(t);
      // Each text comes after the previous one on the official form as well.
      const found = form.indexOf(t, at);
      expect(found, `${text} out of order`).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });

  it('lays the remarks out under the table, the opinions in boxes of a line per row', () => {
    const lines = (name: string) => boxRows(sheet, name);
    expect(lines('opinion_strengths')).toHaveLength(STRENGTHS_LINES);
    expect(lines('opinion_suggestions')).toHaveLength(SUGGESTIONS_LINES);
    const remark = parseCell(find(sheet, T.remark1)).row;
    expect(remark).toBeGreaterThan(lines('opinion_suggestions').at(-1)!);
  });

  describe('a thorough site visit: 40 numbered lines each of 優點 and 建議', () => {
    const line = (kind: string, i: number) => `${i}. ${kind}第${i}項：現場查核發現該單位於作業場所之安全衛生管理執行確實，紀錄完整可供查核佐證。`;
    const strengths = Array.from({ length: 40 }, (_, i) => line('優點', i + 1)).join('\n');
    const suggestions = Array.from({ length: 40 }, (_, i) => line('建議', i + 1)).join('\n');
    const long = opinionSheet({ strengths, suggestions }).sheet;

    it('prints every line, in order, on pages headed 初審意見表（續） with the unit', () => {
      const h = new Harness(long, { ...REALISTIC, opinion_strengths: strengths, opinion_suggestions: suggestions });
      expect(boxText(h, long, 'opinion_strengths')).toBe(strengths);
      expect(boxText(h, long, 'opinion_suggestions')).toBe(suggestions);
      const pages = printedPages(long);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages.slice(1)) {
        expect(h.at(`A${page.top}`)).toBe(`${OPINION_CONTINUATION.continued}\u3000${T.unitName}：台灣精密機械股份有限公司`);
      }
      // Pages break where the layout put them, not where a full page would.
      expect(long.rowBreaks).toEqual(pages.slice(0, -1).map((p) => p.bottom));
    });

    it('says so at the end of a box when the text outgrew the workbook', () => {
      const h = new Harness(sheet, { ...REALISTIC, opinion_strengths: strengths });
      const rows = boxRows(sheet, 'opinion_strengths');
      expect(String(h.at(`A${rows.at(-1)}`))).toContain(OPINION_CONTINUATION.cutNotice);
      expect(String(h.at(`A${boxRows(sheet, 'opinion_suggestions').at(-1)}`))).not.toContain(OPINION_CONTINUATION.cutNotice);
    });

    it('tells the CLI how many pages the form takes', () => {
      expect(opinionPages({})).toBe(1);
      expect(opinionPages({ strengths: STRENGTHS })).toBe(1);
      expect(opinionPages({ strengths, suggestions })).toBe(printedPages(long).length);
      expect(opinionPages({ strengths, suggestions })).toBeGreaterThan(1);
    });

    it('cuts lines as the formulas do', () => {
      expect(opinionLines(strengths)).toEqual(strengths.split('\n'));
      expect(opinionLines('甲'.repeat(OPINION_LINE_CHARS + 1))).toEqual(['甲'.repeat(OPINION_LINE_CHARS), '甲']);
      expect(opinionLines(`${'甲'.repeat(OPINION_LINE_CHARS)}\n乙`)).toEqual(['甲'.repeat(OPINION_LINE_CHARS), '乙']);
      expect(opinionLines('')).toEqual([]);
    });
  });
});

/** The rows of an opinion box: those whose formula reads `name`. */
describe('opinionFit: 優點 and 建議 against the printed form, as the pane shows them', () => {
  const numbered = (kind: string, n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. ${kind}第${i + 1}項`).join('\n');
  /** The page (1-based) each row prints on, from the built sheet's own paging. */
  const pageOf = (sheet: SheetDescription) => {
    const pages = printedPages(sheet);
    return (row: number) => pages.findIndex((p) => row >= p.top && row <= p.bottom) + 1;
  };

  it.each([
    [0, 0],
    [3, 2],
    [STRENGTHS_LINES, SUGGESTIONS_LINES],
    [STRENGTHS_LINES + 1, SUGGESTIONS_LINES],
    [STRENGTHS_LINES, SUGGESTIONS_LINES + 1],
    [14, 3],
    [30, 3],
    [3, 30],
    [45, 20],
    [80, 50],
  ])('%i lines of 優點 and %i of 建議: the pages and lines past page 1 are those of the built sheet', (s, g) => {
    const texts = { strengths: numbered('優點', s), suggestions: numbered('建議', g) };
    const built = opinionSheet(texts).sheet;
    const page = pageOf(built);
    const fit = opinionFit(texts);
    expect(fit.pages).toBe(printedPages(built).length);
    for (const [key, name, lines] of [
      ['strengths', 'opinion_strengths', s],
      ['suggestions', 'opinion_suggestions', g],
    ] as const) {
      const textRows = boxRows(built, name).slice(0, lines).map(page);
      expect(fit[key].lines).toBe(lines);
      expect(fit[key].over, `${key} lines past page 1`).toBe(textRows.filter((p) => p > 1).length);
      expect(fit[key].overFrom).toBe(textRows.find((p) => p > 1) ?? 0);
      if (lines > 0) expect(fit[key].pages).toEqual([textRows[0], textRows.at(-1)]);
    }
  });

  it('a box\'s capacity is the most lines that keep the form on one page, the other box as it is', () => {
    for (const other of [0, 3]) {
      const strengths = opinionFit({ suggestions: numbered('建議', other) }).strengths.capacity;
      expect(strengths).toBeGreaterThanOrEqual(STRENGTHS_LINES);
      expect(opinionPages({ strengths: numbered('優點', strengths), suggestions: numbered('建議', other) })).toBe(1);
      expect(opinionPages({ strengths: numbered('優點', strengths + 1), suggestions: numbered('建議', other) })).toBe(2);
      const suggestions = opinionFit({ strengths: numbered('優點', other) }).suggestions.capacity;
      expect(suggestions).toBeGreaterThanOrEqual(SUGGESTIONS_LINES);
      expect(opinionPages({ strengths: numbered('優點', other), suggestions: numbered('建議', suggestions) })).toBe(1);
      expect(opinionPages({ strengths: numbered('優點', other), suggestions: numbered('建議', suggestions + 1) })).toBe(2);
    }
    // 優點 alone past page 1 leaves 建議 no room on it.
    expect(opinionFit({ strengths: numbered('優點', 30) }).suggestions.capacity).toBe(0);
  });

  it('counts a line longer than a printed line as the lines it prints on', () => {
    expect(opinionFit({ strengths: '甲'.repeat(OPINION_LINE_CHARS * 2 + 1) }).strengths.lines).toBe(3);
  });
});

function boxRows(sheet: SheetDescription, name: string): number[] {
  return sheet.cells.filter((c) => c.address.startsWith('A') && c.formula?.includes(name)).map((c) => parseCell(c.address).row);
}

/** An opinion box's text as printed: its rows' lines, joined, without the blank lines after the text. */
function boxText(h: Harness, sheet: SheetDescription, name: string): string {
  return boxRows(sheet, name)
    .map((r) => String(h.at(`A${r}`) ?? ''))
    .join('\n')
    .replace(/\n+$/, '');
}
