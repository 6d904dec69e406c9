/**
 * JSON nested deeper than MAX_JSON_DEPTH is refused before it is parsed,
 * naming the field it is in; nesting up to the limit, and brackets inside
 * strings, are not counted against it.
 */
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonText, tooDeep } from '../../src/review/json-text.ts';

const nested = (levels: number, inner = '') => '['.repeat(levels) + inner + ']'.repeat(levels);

describe('nesting depth of JSON text', () => {
  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(parseJsonText(nested(MAX_JSON_DEPTH))).toMatchObject({ ok: true });
    const refused = parseJsonText(nested(MAX_JSON_DEPTH + 1));
    expect(refused).toMatchObject({ ok: false, problem: { code: 'json-depth', params: { limit: MAX_JSON_DEPTH, path: '0.0.0.0.0.0…' } } });
    expect(refused.ok ? '' : refused.message).toContain('1000 層');
  });

  it('names the field the nesting is in, by its first levels', () => {
    const text = `{"rubric":"osh-unit-113","candidate":{"name":"甲"},"items":{"1.1":${nested(5000)},"1.2":{}}}`;
    expect(tooDeep(text)).toBe('items.1.1.0.0.0.0…');
    expect(tooDeep('{"a":[1,2,{"b\\"c":' + nested(2000) + '}]}')).toBe('a.2.b"c.0.0.0…');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: '['.repeat(5000), quoted: `"${'{'.repeat(5000)}\\"` });
    expect(tooDeep(text)).toBeUndefined();
    expect(parseJsonText(text)).toMatchObject({ ok: true });
  });

  it('leaves shallow invalid JSON to the parser\'s message, and a truncated deep text to the depth', () => {
    expect(parseJsonText('{"a": [1, 2')).toMatchObject({ ok: false, problem: { code: 'json-syntax' } });
    expect(parseJsonText('{"a\\')).toMatchObject({ ok: false, problem: { code: 'json-syntax' } });
    expect(parseJsonText('['.repeat(MAX_JSON_DEPTH + 1))).toMatchObject({ ok: false, problem: { code: 'json-depth' } });
  });
});
