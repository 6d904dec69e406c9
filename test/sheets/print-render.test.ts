/**
 * The review's printed forms as LibreOffice prints them: a thorough site
 * visit's 40 numbered lines each of 優點 and 建議 and a long 具體事蹟 all on
 * paper, page numbers per form, the 初審單位 印信 with the signatures. One
 * render; the other sheets print one cell each (LibreOffice prints hidden
 * sheets too), so the render stays short.
 */
import { describe, expect, it } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import type { Review } from '../../src/review/schema.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { OPINION_CONTINUATION } from '../../src/sheets/opinion.ts';
import { printedPages } from '../../src/sheets/paging.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { exampleReview } from '../../packages/fixtures/forms.ts';
import { LIBREOFFICE, MUST_RUN, printPdf } from '../support/libreoffice.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
const line = (kind: string, i: number) => `${i}. ${kind}第${i}項：現場查核發現該單位於作業場所之安全衛生管理執行確實，紀錄完整可供查核佐證。`;
const STRENGTHS = Array.from({ length: 40 }, (_, i) => line('優點', i + 1)).join('\n');
const SUGGESTIONS = Array.from({ length: 40 }, (_, i) => line('建議', i + 1)).join('\n');
const DEEDS = '協助地方政府辦理職業安全衛生觀摩會，分享本公司推動承攬管理、風險評估與自主檢查之經驗，'.repeat(8);
const OTHER = '承攬人之失能傷害頻率及嚴重率資料尚待補正，請受評單位於十日內補送近三年統計資料後再行審議，'.repeat(4);

function thorough(): Review {
  const demo = exampleReview('demo-113.json');
  const image = { ...demo.candidate.image, experienceSharing: { checked: true, text: DEEDS } };
  const result = { decision: 'other', otherText: OTHER };
  return { ...demo, opinion: { strengths: STRENGTHS, suggestions: SUGGESTIONS }, candidate: { ...demo.candidate, image }, result } as Review;
}

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('初審意見表 and 附表一(列印) printed by LibreOffice', async () => {
  const book = reviewWorkbook(oshUnit113, thorough());
  const shown = new Set<string>([SHEETS.opinion, SHEETS.annex1]);
  const only = {
    ...book,
    sheets: book.sheets.map((s) => (shown.has(s.name) || !s.pageSetup ? s : { ...s, rowBreaks: [], pageSetup: { ...s.pageSetup, printArea: 'A1:A1', printTitleRows: undefined, footer: undefined } })),
  };
  const rendered = LIBREOFFICE ? printPdf(await writeReviewXlsx(only), 'thorough') : undefined;
  const opinion = book.sheets.find((s) => s.name === SHEETS.opinion)!;
  const annex1 = book.sheets.find((s) => s.name === SHEETS.annex1)!;
  const opinionCount = printedPages(opinion).length;
  const annex1Count = printedPages(annex1).length;
  // 初審意見表 starts at the page its title heads.
  const first = () => rendered!.pages.find((p) => squash(p.firstLine) === '113年推行職業安全衛生優良單位初審意見表')!.number;
  const lines = (n: number) => rendered!.pageLines(first() - 1 + n);
  const pageText = (n: number) => lines(n).join('\n');

  it('prints every one of the 80 lines of 優點 and 建議 on the 初審意見表 pages', () => {
    expect(opinionCount).toBeGreaterThan(1);
    const text = squash(Array.from({ length: opinionCount }, (_, i) => pageText(i + 1)).join('\n'));
    for (const l of [...STRENGTHS.split('\n'), ...SUGGESTIONS.split('\n')]) expect(text, l).toContain(squash(l));
    expect(text).not.toContain(squash(OPINION_CONTINUATION.cutNotice));
  });

  it('heads each further page 初審意見表（續） with the unit, and numbers the form\'s own pages', () => {
    for (let p = 1; p <= opinionCount; p++) {
      const page = lines(p).map(squash);
      if (p > 1) expect(page[0]).toBe(squash(`${OPINION_CONTINUATION.continued} 受評單位名稱：○○實業股份有限公司`));
      expect(page.at(-1)).toBe(`第${p}頁，共${opinionCount}頁`);
    }
    expect(squash(lines(1)[0]!)).toBe('113年推行職業安全衛生優良單位初審意見表');
    expect(rendered!.pages.length).toBeGreaterThanOrEqual(first() - 1 + opinionCount + annex1Count);
  });

  it('prints the whole 具體事蹟, and 附表一 numbered from its own first page', () => {
    const pages = Array.from({ length: annex1Count }, (_, i) => opinionCount + i + 1);
    expect(lines(pages[0]!)[0]).toBe('附表一');
    expect(squash(pages.map(pageText).join('\n'))).toContain(squash(`具體事蹟：${DEEDS}`));
    pages.forEach((p, i) => expect(squash(lines(p).at(-1)!)).toBe(`第${i + 1}頁，共${annex1Count}頁`));
  });

  it('puts 初審結果, the signatures, 初審單位 and its 印信 on the last 附表一 page', () => {
    const last = squash(pageText(opinionCount + annex1Count));
    for (const t of ['初審結果', '現場評鑑', '在職單位', '簽名', '初審單位：', '印信', '備註：優良事蹟請具體']) expect(last).toContain(t);
    expect(last).toContain(squash(`☑其他：${OTHER}`));
  });
});
