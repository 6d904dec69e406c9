import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CHECK_ROWS } from '../../src/fivestar/osh-fivestar-113.ts';
import { checkEvidence, evidenceNumber } from '../../src/fivestar/evidence.ts';

const ALL = CHECK_ROWS.map((r) => r.number);

describe('evidenceNumber', () => {
  it.each([
    ['4-3-1 檢討會議紀錄.pdf', '4-3-1'],
    ['4-3-1.pdf', '4-3-1'],
    ['4-3-1', '4-3-1'],
    ['4-3-1_修正後程序書.pdf', '4-3-1'],
    ['4-3-1-2 修正後程序書.pdf', '4-3-1'],
    ['４－３－１ 檢討會議紀錄.pdf', '4-3-1'],
    ['4－3－1.pdf', '4-3-1'],
    ['4–3–1.pdf', '4-3-1'],
    ['  4-3-1 前後空白.pdf', '4-3-1'],
    ['光碟/佐證資料/4-3-1 x.pdf', '4-3-1'],
    ['D:\\五星獎\\4-3-1 x.pdf', '4-3-1'],
    ['04-03-01 x.pdf', '4-3-1'],
    ['4-3-10.pdf', '4-3-10'],
    ['10-1-1.pdf', '10-1-1'],
    ['4-3.pdf', null],
    ['x4-3-1.pdf', null],
    ['自評表.docx', null],
    ['', null],
  ])('%j → %s', (name, number) => {
    expect(evidenceNumber(name)).toBe(number);
  });
});

describe('checkEvidence', () => {
  it('with no files, every row is missing, in table order', () => {
    const r = checkEvidence([]);
    expect(r.missing.map((m) => m.number)).toEqual(ALL);
    expect(r.matched).toEqual([]);
    expect(r.unmatched).toEqual([]);
  });

  it('with a file for every row, nothing is missing', () => {
    const r = checkEvidence(ALL.map((n) => `${n} 佐證資料.pdf`));
    expect(r.missing).toEqual([]);
    expect(r.unmatched).toEqual([]);
    expect(r.matched.map((m) => m.number)).toEqual(ALL);
  });

  it('gathers several files of one row, whatever their digits', () => {
    const r = checkEvidence(['4-3-1 檢討會議紀錄.pdf', '４－３－１ 修正後程序書.pdf', '4-3-1-3 補充.pdf']);
    expect(r.matched).toEqual([{ number: '4-3-1', files: ['4-3-1 檢討會議紀錄.pdf', '４－３－１ 修正後程序書.pdf', '4-3-1-3 補充.pdf'] }]);
    expect(r.missing.map((m) => m.number)).not.toContain('4-3-1');
    expect(r.missing).toHaveLength(41);
  });

  it('lists files whose number names no row, and files with no number', () => {
    const r = checkEvidence(['4-4-1 x.pdf', '4-3-10.pdf', '10-1-1.pdf', '自評表.docx', '1-1-1 政策.pdf']);
    expect(r.unmatched.map((u) => [u.fileName, u.number])).toEqual([
      ['4-4-1 x.pdf', '4-4-1'],
      ['4-3-10.pdf', '4-3-10'],
      ['10-1-1.pdf', '10-1-1'],
      ['自評表.docx', null],
    ]);
    expect(r.unmatched[0]!.message).toContain('附表四沒有編號 4-4-1 之項目');
    expect(r.unmatched[3]!.message).toContain('大項編號-類別編號-項目編號');
    expect(r.matched).toEqual([{ number: '1-1-1', files: ['1-1-1 政策.pdf'] }]);
  });

  it('says when a missing row shares its 檢核資料 cell with a row that has a file', () => {
    const r = checkEvidence(['3-1-1 變更管理程序.pdf', '5-2-2 承攬案例.pdf']);
    const missing = Object.fromEntries(r.missing.map((m) => [m.number, m.sharedCellCoveredBy]));
    expect(missing['3-1-2']).toEqual(['3-1-1']);
    expect(missing['5-2-1']).toEqual(['5-2-2']);
    expect(missing['3-2-1']).toEqual([]);
    expect(missing['3-2-2']).toEqual([]);
    expect(missing['1-1-1']).toEqual([]);
  });

  it('names the criterion of a missing row', () => {
    const m = checkEvidence([]).missing.find((x) => x.number === '9-3-1')!;
    expect(m.criterion).toBe('定期檢討緊急應變程序或辦法、演練計畫等，並依據檢討結果有因應之作為。');
  });

  it('round trip: a file for each chosen row leaves exactly the others missing', () => {
    fc.assert(
      fc.property(fc.subarray(ALL), fc.boolean(), (chosen, wide) => {
        const toWide = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/-/g, '－');
        const names = chosen.map((n) => `${wide ? toWide(n) : n} 佐證.pdf`);
        const r = checkEvidence(names);
        expect(r.matched.map((m) => m.number)).toEqual(ALL.filter((n) => chosen.includes(n)));
        expect(r.missing.map((m) => m.number)).toEqual(ALL.filter((n) => !chosen.includes(n)));
        expect(r.unmatched).toEqual([]);
      }),
    );
  });

  it('any number outside the table is unmatched', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 12 }), (a, c, i) => {
        const number = `${a}-${c}-${i}`;
        const r = checkEvidence([`${number} x.pdf`]);
        if (ALL.includes(number)) expect(r.matched).toEqual([{ number, files: [`${number} x.pdf`] }]);
        else expect(r.unmatched.map((u) => u.number)).toEqual([number]);
      }),
    );
  });
});
