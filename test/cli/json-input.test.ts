/**
 * JSON inputs that the schema alone let through (issue 15 item 7):
 * `__proto__` item keys were ignored, duplicate keys resolved silently to
 * the last, `selectionYear` was never checked against `reviewDate`, and
 * text over Excel's 32,767-character cell limit was written. Each is now
 * refused, naming the path, by the CLI and by the reader the pane uses.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonKeyProblems } from '../../src/review/json-text.ts';
import { readReviewFile } from '../../src/workflows/review-file.ts';
import { EXAMPLE, linesOf, runMain, tempDir } from '../builders/cli.ts';

const STACK_LINE = /^ {4}at /m;
const dir = tempDir();
const example = readFileSync(EXAMPLE, 'utf8');
const exampleJson = JSON.parse(example) as { items: Record<string, unknown>; candidate: Record<string, unknown> } & Record<string, unknown>;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The example with `insert` placed as the first member of the object that starts at `anchor`. */
function withRaw(anchor: string, insert: string): string {
  const at = example.indexOf(anchor);
  if (at < 0) throw new Error(`no ${anchor} in the example`);
  return example.slice(0, at + anchor.length) + insert + example.slice(at + anchor.length);
}

describe('jsonKeyProblems', () => {
  it.each([
    ['{"a":1,"b":2}', []],
    ['{"a":1,"a":2}', ['a']],
    ['{"a":{"b":[{"c":1},{"c":1,"c":2}]}}', ['a.b.1.c']],
    ['{"__proto__":{}}', ['__proto__']],
    ['{"items":{"\\u005f_proto__":{"level":"優"}}}', ['items.__proto__']],
    ['{"items":{"1.1":{},"1\\u002e1":{}}}', ['items.1.1']],
    ['{"a":"{\\"a\\":1,\\"a\\":2}"}', []],
    ['[{"x":1},{"x":1}]', []],
    ['{"a":[1,2,{"k":"v","k":"w"}],"b":{"k":1}}', ['a.2.k']],
  ] as const)('%s → %j', (text, paths) => {
    expect(jsonKeyProblems(text).map((p) => p.path)).toEqual(paths);
  });
});

describe('score refuses, naming the path (exit 2, no stack trace)', () => {
  it.each([
    ['an item keyed __proto__', () => withRaw('"items": {', '"__proto__": {"level": "可"},'), /items\.__proto__/],
    ['a duplicate item', () => withRaw('"items": {', '"1.1": {"level": "可"},'), /items\.1\.1：鍵 "1\.1" 重複/],
    ['a duplicate top-level key', () => withRaw('{', '"selectionYear": 112,'), /selectionYear：鍵 "selectionYear" 重複/],
  ])('%s', async (_, text, words) => {
    const r = await runMain(['score', file('dup.json', text())]);
    expect(r.code, r.stderr).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(words)]);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('a review date outside the selection year', async () => {
    const r = await runMain(['score', file('date.json', JSON.stringify({ ...exampleJson, reviewDate: '2023-04-15' }))]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/reviewDate：.*2023-04-15.*113 年度（2024-01-01 至 2024-12-31）/)]);
  });

  it('text over 32,767 characters, but not text of exactly 32,767', async () => {
    const long = (n: number) => JSON.stringify({ ...exampleJson, opinion: { strengths: '優'.repeat(n) } });
    expect((await runMain(['score', file('ok.json', long(32_767))])).code).toBe(0);
    const r = await runMain(['score', file('long.json', long(32_768))]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/opinion\.strengths：文字有 32,768 字元，超過 Excel 儲存格上限 32,767 字元/)]);
  });
});

describe('any command on JSON nested 100,000 deep: problems, never an internal error', () => {
  it.each([['score'], ['export']])('%s', async (command) => {
    const r = await runMain([command, file('deep.json', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).not.toMatch(/內部錯誤|RangeError/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('new --review writes nothing for such input', () => {
  it.each([
    ['a duplicate key', () => withRaw('"candidate": {', '"name": "另一家",')],
    ['a name over 32,767 characters', () => JSON.stringify({ ...exampleJson, candidate: { ...exampleJson.candidate, name: 'x'.repeat(40_000) } })],
    ['a review date outside the year', () => JSON.stringify({ ...exampleJson, selectionYear: 112 })],
  ])('%s', async (_, text) => {
    const out = join(dir, 'new.xlsx');
    const r = await runMain(['new', '--review', file('in.json', text()), '-o', out]);
    expect(r.code, r.stderr).toBe(2);
    expect(linesOf(r.stderr)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the reader the task pane and merge/rank share', () => {
  it('refuses duplicate keys and a date outside the year, by path', async () => {
    const dup = await readReviewFile(new TextEncoder().encode(withRaw('"items": {', '"1.1": {"level": "可"},')), 'a.json');
    expect(dup).toMatchObject({ ok: false, problems: [{ code: 'file-unreadable', params: { detail: expect.stringContaining('items.1.1') } }] });
    const date = await readReviewFile(new TextEncoder().encode(JSON.stringify({ ...exampleJson, reviewDate: '2025-01-01' })), 'b.json');
    expect(date).toMatchObject({ ok: false, problems: [{ code: 'entry-invalid', where: 'reviewDate' }] });
  });
});
