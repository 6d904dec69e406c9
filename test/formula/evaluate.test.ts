/**
 * The formula evaluator, case by case. Every expected value is written by
 * hand from Excel's documented behaviour (Microsoft's function reference and
 * the rules for blanks, text and logical values), never produced by the
 * evaluator itself.
 */
import { describe, expect, it } from 'vitest';
import { evaluateWorkbook, type SourceCell } from '../../src/formula/evaluate.ts';
import { type ErrorCode, parseFormula, FormulaSyntaxError } from '../../src/formula/parse.ts';
import type { FormulaValue } from '../../src/formula/values.ts';

/**
 * Sheet 資料:
 *   A1 5 · A2 "Apple" · A3 empty · A4 TRUE · A5 "3" (text) · A6 2.5 · A7 =NA() · A8 =1/0
 *   B1:B7 110 · 111 · 112 · "五星獎" · "" · 113 · empty  (named `list`)
 *   `score` names A1, `blank` names A3.
 * The formula under test sits in D2.
 */
const FIXTURE: SourceCell[] = [
  { address: 'A1', value: 5 },
  { address: 'A2', value: 'Apple' },
  { address: 'A4', value: true },
  { address: 'A5', value: '3' },
  { address: 'A6', value: 2.5 },
  { address: 'A7', formula: 'NA()' },
  { address: 'A8', formula: '1/0' },
  { address: 'B1', value: 110 },
  { address: 'B2', value: 111 },
  { address: 'B3', value: 112 },
  { address: 'B4', value: '五星獎' },
  { address: 'B5', value: '' },
  { address: 'B6', value: 113 },
];

function book(cells: SourceCell[]) {
  return {
    sheets: [
      { key: 'data', name: '資料', cells: [...FIXTURE, ...cells] },
      { key: 'other', name: 'Other Sheet', cells: [{ address: 'A1', value: 'there' }] },
    ],
    names: [
      { name: 'score', sheet: 'data', address: 'A1' },
      { name: 'blank', sheet: 'data', address: 'A3' },
      { name: 'list', sheet: 'data', address: 'B1:B7' },
    ],
  };
}

function value(formula: string): FormulaValue | undefined {
  const result = evaluateWorkbook(book([{ address: 'D2', formula }]));
  if (result.problems.length) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value('data', 'D2');
}

const E = (code: ErrorCode): FormulaValue => ({ error: code });

type Case = readonly [formula: string, expected: FormulaValue];

const cases: Record<string, readonly Case[]> = {
  'arithmetic and coercion': [
    ['1+2*3', 7],
    ['-2^2', 4], // unary minus binds before ^
    ['2^3^2', 64], // ^ is left-associative in Excel
    ['10%', 0.1],
    ['A1+A3', 5], // a blank cell is 0
    ['A5+1', 4], // text that reads as a number is converted
    ['A2+1', E('#VALUE!')],
    ['A4+1', 2], // TRUE is 1
    ['"2024/4/15"+0', 45397], // a date typed as text
    ['"50%"*2', 1],
    ['1/0', E('#DIV/0!')],
    ['0^0', E('#NUM!')],
    ['A3', 0], // a formula showing a blank cell shows 0
    ['A7+1', E('#N/A')],
    ['A8&"x"', E('#DIV/0!')],
  ],
  'references and names': [
    ['score', 5],
    ['SCORE*2', 10], // names are case-insensitive
    ['nosuchname', E('#NAME?')],
    ["'資料'!A1", 5],
    ['資料!$A$1', 5],
    ["'Other Sheet'!A1", 'there'],
    ["'Missing'!A1", E('#REF!')],
    ['A1:A6', 'Apple'], // implicit intersection: row 2 of a column range
    ['A1:B1', E('#VALUE!')], // a row range not above column D
    ['blank=""', true],
  ],
  comparison: [
    ['"abc"="ABC"', true], // text equality ignores case
    ['A3=""', true],
    ['A3=0', true],
    ['A3=FALSE', true],
    ['1<"1"', true], // numbers sort before text
    ['"z"<TRUE', true], // text before logical values
    ['A5=3', false], // the text "3" is not the number 3
    ['0.1+0.2=0.3', true], // equal to 15 significant digits
    ['2<>2', false],
    ['"b">"A"', true],
    ['A7=1', E('#N/A')],
  ],
  'text and &': [
    ['1.5&""', '1.5'],
    ['1/3&""', '0.333333333333333'], // 15 significant digits
    ['1E+20&""', '1E+20'],
    ['-0.5&"分"', '-0.5分'],
    ['TRUE&""', 'TRUE'],
    ['A3&""', ''],
    ['TRIM("  a   b  ")', 'a b'],
    ['TRIM("　a")', '　a'], // only the ASCII space is trimmed
    ['MID("abcdef",2,3)', 'bcd'],
    ['MID("abc",5,2)', ''],
    ['MID("abc",0,1)', E('#VALUE!')],
    ['LEFT("abc")', 'a'],
    ['RIGHT("abc",2)', 'bc'],
    ['LEN("臺北市")', 3],
    ['FIND("b","abcb")', 2],
    ['FIND("B","abc")', E('#VALUE!')], // FIND is case-sensitive
    ['SEARCH("B","abc")', 2],
    ['SUBSTITUTE("a-b-c","-","+")', 'a+b+c'],
    ['SUBSTITUTE("a-b-c","-","+",2)', 'a-b+c'],
    ['VALUE("1,234.5")', 1234.5],
    ['VALUE("x")', E('#VALUE!')],
    ['EXACT("a","A")', false],
    ['CHAR(10)', '\n'],
    ['CHAR(65)', 'A'],
    ['CHAR(0)', E('#VALUE!')],
    ['UPPER("abc")', 'ABC'],
    ['CONCATENATE("a",1,TRUE)', 'a1TRUE'],
    ['REPT("ab",3)', 'ababab'],
  ],
  TEXT: [
    ['TEXT(40,"0.0#")', '40.0'],
    ['TEXT(45.555,"0.0#")', '45.56'],
    ['TEXT(7.25,"0.0#")', '7.25'],
    ['TEXT(2.675,"0.00")', '2.68'],
    ['TEXT(-1.5,"0.00")', '-1.50'],
    ['TEXT(0,"0.00")', '0.00'],
    ['TEXT(1234567.891,"#,##0.00")', '1,234,567.89'],
    ['TEXT(0.125,"0.0%")', '12.5%'],
    ['TEXT(7,"000")', '007'],
    ['TEXT(45397,"yyyy/mm/dd")', '2024/04/15'],
    ['TEXT("abc","0.00")', 'abc'], // text that is no number comes back as it is
    ['TEXT("3","0.00")', '3.00'],
    ['TEXT(5,"""第""0""名""")', '第5名'],
    ['TEXT(-5,"0;(0)")', '(5)'],
    ['TEXT(0,"0;-0;""零""")', '零'],
    ['TEXT(1,"[Red]0")', '1'],
    ['TEXT(3.5,"General")', '3.5'],
    ['TEXT(TRUE,"0")', 'TRUE'],
    ['TEXT(A3,"0.0")', '0.0'], // a blank cell is 0
  ],
  logic: [
    ['IF(A3,1,2)', 2],
    ['IF(1,"y")', 'y'],
    ['IF(0,"y")', false],
    ['IF(TRUE,,2)', 0],
    ['IF(A2,1,2)', E('#VALUE!')],
    ['IF("TRUE",1,2)', 1],
    ['IF(TRUE,1,1/0)', 1], // the branch not taken is not evaluated
    ['AND(TRUE,1)', true],
    ['AND(A1:A4)', true], // text and blanks in a reference are skipped
    ['AND(A2)', E('#VALUE!')], // no logical value at all
    ['AND("x")', E('#VALUE!')],
    ['AND(FALSE,1/0)', E('#DIV/0!')], // every argument is evaluated
    ['OR(FALSE,0)', false],
    ['OR(A3,A4)', true],
    ['NOT(A3)', true],
    ['TRUE()', true],
    ['IFERROR(1/0,"x")', 'x'],
    ['IFERROR(A3,"x")', 0],
    ['IFNA(A7,"na")', 'na'],
    ['IFNA(A8,"na")', E('#DIV/0!')],
    ['CHOOSE(2,"a","b","c")', 'b'],
  ],
  information: [
    ['ISNUMBER(A1)', true],
    ['ISNUMBER(A5)', false],
    ['ISNUMBER(A3)', false],
    ['ISTEXT(A2)', true],
    ['ISBLANK(A3)', true],
    ['ISBLANK(A3&"")', false],
    ['ISERROR(A8)', true],
    ['ISNA(A8)', false],
    ['ISERR(A7)', false],
    ['ISLOGICAL(A4)', true],
    ['N(A1)', 5],
    ['N(A2)', 0],
    ['N(A4)', 1],
    ['N(A3)', 0],
    ['N(A5)', 0], // N of text is 0, even of "3"
    ['N(A7)', E('#N/A')],
  ],
  maths: [
    ['ROUND(2.5,0)', 3],
    ['ROUND(-2.5,0)', -3], // half away from zero
    ['ROUND(2.675,2)', 2.68],
    ['ROUND(1.005,2)', 1.01],
    ['ROUND(1234.5678,-2)', 1200],
    ['ROUND(0.285,2)', 0.29],
    ['ROUNDUP(3.2,0)', 4],
    ['ROUNDDOWN(-3.7,0)', -3],
    ['INT(-2.5)', -3],
    ['TRUNC(-2.5)', -2],
    ['MOD(-3,2)', 1], // the sign of the divisor
    ['MOD(3,-2)', -1],
    ['MOD(1,0)', E('#DIV/0!')],
    ['ABS(-2)', 2],
    ['SQRT(-1)', E('#NUM!')],
    ['POWER(2,10)', 1024],
    ['SUM(A1:A6)', 7.5], // text, TRUE and blanks in a reference are skipped
    ['SUM("3",TRUE,1)', 5], // typed arguments are converted
    ['SUM("x")', E('#VALUE!')],
    ['SUM(A1,A8)', E('#DIV/0!')],
    ['MIN(A1:A6)', 2.5],
    ['MAX(A1:A6)', 5],
    ['MAX(A3)', 0],
    ['COUNT(A1:A8)', 2], // numbers only; errors are not counted
    ['COUNT("1",TRUE,"x")', 2],
    ['COUNTA(A1:A6)', 5],
    ['AVERAGE(A1:A6)', 3.75],
    ['AVERAGE(A2:A3)', E('#DIV/0!')],
    ['PRODUCT(2,3,4)', 24],
  ],
  'COUNTIF and friends': [
    ['COUNTIF(list,">=111")', 3],
    ['COUNTIF(list,111)', 1],
    ['COUNTIF(list,"111")', 1],
    ['COUNTIF(list,"五星獎")', 1],
    ['COUNTIF(list,"五星*")', 1],
    ['COUNTIF(list,"?星獎")', 1],
    ['COUNTIF(list,"<>111")', 6],
    ['COUNTIF(list,"=")', 1], // only the empty cell
    ['COUNTIF(list,">="&(A1+105))', 4],
    ['COUNTIFS(list,">=110",list,"<=112")', 3],
    ['COUNTIFS(B1:B2,110,B1:B3,110)', E('#VALUE!')], // ranges of different shapes
    ['SUMIF(list,">111")', 225],
    ['SUMIFS(list,list,">110",list,"<113")', 223],
    ['COUNTBLANK(list)', 2], // the empty cell and the empty text
  ],
  dates: [
    ['DATE(2024,4,15)', 45397],
    ['DATE(2024,13,1)', 45658], // months carry into the year
    ['DATE(1900,3,1)', 61],
    ['YEAR(45397)', 2024],
    ['MONTH(45397)', 4],
    ['DAY(45397)', 15],
    ['DAY(60)', 29], // Excel's 29 February 1900
    ['MONTH(60)', 2],
    ['YEAR(-1)', E('#NUM!')],
    ['YEAR(45397)-1911&"年"', '113年'],
  ],
  lookup: [
    ['INDEX(list,2)', 111],
    ['MATCH(112,list,0)', 3],
    ['MATCH("五星獎",list,0)', 4],
    ['MATCH(999,list,0)', E('#N/A')],
    ['ROWS(list)', 7],
  ],
};

describe('formula evaluator', () => {
  for (const [group, table] of Object.entries(cases)) {
    describe(group, () => {
      it.each(table)('%s → %j', (formula, expected) => {
        const v = value(formula);
        if (typeof expected === 'number') expect(v).toBeCloseTo(expected, 12);
        else expect(v).toEqual(expected);
      });
    });
  }

  it('evaluates formulas that depend on formulas, in any order on the sheet', () => {
    const r = evaluateWorkbook(book([
      { address: 'D1', formula: 'D2*2' },
      { address: 'D2', formula: 'D3+1' },
      { address: 'D3', formula: 'SUM(list)' },
    ]));
    expect(r.problems).toEqual([]);
    expect([r.value('data', 'D1'), r.value('data', 'D2'), r.value('data', 'D3')]).toEqual([894, 447, 446]) // 110+111+112+113 = 446;
    expect(r.evaluated).toBe(5); // with A7 and A8
  });

  it('gives literal cells no value (they are not formulas)', () => {
    expect(evaluateWorkbook(book([])).value('data', 'A1')).toBeUndefined();
  });

  describe('reports, and leaves without a value, what it cannot evaluate', () => {
    const problem = (cells: SourceCell[], address = 'D2') => {
      const r = evaluateWorkbook(book(cells));
      expect(r.value('data', address)).toBeUndefined();
      return r.problems.find((p) => p.address === address)?.message ?? '(no problem reported)';
    };

    it.each([
      ['FOO(1)', /function FOO is not supported/],
      ['IF(TRUE,1,FOO())', /function FOO is not supported/], // even in a branch not taken
      ['IF(1)', /IF takes 2 to 3 arguments/],
      ['SUM(1,', /Unexpected end/],
      ['{1,2}', /Unexpected "\{"/],
      ['A:A', /Only cell:cell ranges|Unexpected/],
      ['TEXT(1,"0.0E+0")', /scientific notation is not supported/],
      ['TEXT(1,"[>1]0")', /\[>1\]/],
    ])('%s', (formula, message) => {
      expect(problem([{ address: 'D2', formula }])).toMatch(message);
    });

    it('a circular reference, naming the cells', () => {
      const r = evaluateWorkbook(book([
        { address: 'D1', formula: 'D2+1' },
        { address: 'D2', formula: 'D1+1' },
      ]));
      expect(r.problems.map((p) => p.address).sort()).toEqual(['D1', 'D2']);
      expect(r.problems[0]!.message).toMatch(/circular reference: 資料!D1 → 資料!D2 → 資料!D1/);
      expect(r.value('data', 'D1')).toBeUndefined();
    });

    it('a formula that needs one it could not evaluate', () => {
      const r = evaluateWorkbook(book([
        { address: 'D1', formula: 'FOO(1)' },
        { address: 'D2', formula: 'D1+1' },
      ]));
      expect(r.problems.find((p) => p.address === 'D2')?.message).toMatch(/needs 資料!D1.*function FOO/);
    });
  });
});

describe('formula parser', () => {
  it('reads text with doubled quotes, quoted sheet names and absolute references', () => {
    expect(parseFormula('"say ""hi"""')).toEqual({ kind: 'text', value: 'say "hi"' });
    expect(parseFormula("'It''s'!$B$3")).toEqual({ kind: 'cell', sheet: "It's", row: 3, column: 2 });
    expect(parseFormula('item_1_1_level')).toEqual({ kind: 'name', name: 'item_1_1_level' });
  });

  it('throws a FormulaSyntaxError naming the formula', () => {
    expect(() => parseFormula('1+')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula('"open')).toThrow(/Unclosed text.*"open/);
  });
});
