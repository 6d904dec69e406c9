/**
 * The formula record's building blocks: the synchronous SHA-256 agrees with
 * Node's, and formulas compare equal across the ways Excel and LibreOffice
 * rewrite them, while a real change stays a change.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Sync } from '../../src/finalise/sha256.ts';
import { formulaFingerprint, normaliseFormula } from '../../src/sheets/formula-record.ts';

describe('sha256Sync', () => {
  it.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '評分!K117\tSUM(I17,I38)\n'.repeat(500)])('equals node:crypto for %#', (text) => {
    expect(sha256Sync(text)).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });
});

describe('normaliseFormula', () => {
  // [as the layout writes it, as a program may save it, same?]
  const cases: [string, string, boolean][] = [
    ['SUM(I17,I38)', '=sum(I17, I38)', true],
    ['IFS(A1,"a")', '_xlfn.IFS(A1,"a")', true],
    ["'評分'!K117+1", '評分!$K$117 + 1', true],
    ['IF(A1="是","是","否")', 'IF(A1="是","是","否")', true],
    ['IF(A1="是","是","否")', 'IF(A1="否","是","否")', false],
    ['IF(A1="a b","x","")', 'IF(A1="ab","x","")', false],
    ['SUM(I17,I38)', 'SUM(I17,I39)', false],
    ['SUM(I17,I38)', '95.5', false],
  ];
  it.each(cases)('%s ~ %s: %s', (written, saved, same) => {
    expect(normaliseFormula(written) === normaliseFormula(saved)).toBe(same);
  });

  it('fingerprints a set of cells whatever their order, and changes with any formula', () => {
    const a = { sheet: 'scoring' as const, address: 'K117', formula: 'SUM(I17,I38)' };
    const b = { sheet: 'eligibility' as const, address: 'B16', formula: 'IF(A1,"是","否")' };
    expect(formulaFingerprint([a, b])).toBe(formulaFingerprint([b, { ...a, formula: '=sum(I17, I38)' }]));
    expect(formulaFingerprint([a, b])).not.toBe(formulaFingerprint([a, { ...b, formula: 'IF(A1,"否","是")' }]));
  });
});
