/**
 * Reading JSON text strictly. `JSON.parse` lets a later duplicate key
 * silently replace an earlier one, and keeps a `__proto__` key that the
 * schema then ignores; an input with either is refused, naming the path.
 */
import { problem, problemText, type Problem } from './problem.ts';

/** Where a key is wrong, and why: `key` twice in one object, or a `__proto__` key. */
export interface JsonKeyProblem {
  readonly path: string;
  readonly key: string;
  readonly duplicate: boolean;
}

/** The value, or why the text is refused (coded, and in zh-TW). */
export type JsonTextResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem; readonly message: string };

const refused = (p: Problem): JsonTextResult => ({ ok: false, problem: p, message: problemText(p) });

interface ObjectFrame {
  readonly keys: Set<string>;
  key: string | undefined;
  expectKey: boolean;
}

/** A frame of the scan: an object, or an array as its current index. */
type Frame = ObjectFrame | number;

function pathOf(stack: readonly Frame[]): string {
  return stack.map((f) => (typeof f === 'number' ? String(f) : (f.key ?? ''))).join('.');
}

/** The most problems one scan reports: each costs its depth, and one is enough to refuse. */
export const MAX_KEY_PROBLEMS = 20;

/**
 * The duplicate and `__proto__` keys of valid JSON text, in document order,
 * at most MAX_KEY_PROBLEMS. Iterative, so depth costs a stack entry, not a
 * call frame.
 */
export function jsonKeyProblems(text: string): JsonKeyProblem[] {
  const problems: JsonKeyProblem[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && problems.length < MAX_KEY_PROBLEMS) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* \ */) {
          escaped = true;
          j += 2;
        } else if (d === 0x22) break;
        else j++;
      }
      const top = stack.at(-1);
      if (top !== undefined && typeof top !== 'number' && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        top.key = key;
        top.expectKey = false;
        // The path costs the depth, so it is worked out only for a problem.
        if (key === '__proto__') {
          const at = pathOf(stack);
          problems.push({ path: at, key, duplicate: false });
        } else if (top.keys.has(key)) {
          const at = pathOf(stack);
          problems.push({ path: at, key, duplicate: true });
        }
        top.keys.add(key);
      }
      i = j + 1;
    } else if (c === 0x7b /* { */) {
      stack.push({ keys: new Set(), key: undefined, expectKey: true });
      i++;
    } else if (c === 0x5b /* [ */) {
      stack.push(0);
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (typeof top === 'number') stack[stack.length - 1] = top + 1;
      else if (top !== undefined) top.expectKey = true;
      i++;
    } else i++;
  }
  return problems;
}

/**
 * The deepest nesting of arrays and objects accepted. A review is 4 levels
 * deep; JSON.parse of 10 million nested arrays (20 MB) took 7 s of CPU and
 * most of a 1 GiB heap before the schema refused the result.
 */
export const MAX_JSON_DEPTH = 1000;

/** A key's text: as JSON reads it, or as written when it is not a valid string (JSON.parse then refuses the whole). */
function keyText(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** Path segments shown for a too-deep nesting: the field it is in, not a thousand indexes. */
const DEPTH_PATH_SHOWN = 6;

/**
 * Where the nesting of arrays and objects first goes deeper than `limit`, as
 * a path of its first levels; undefined when it never does. Strings are
 * skipped, so brackets inside them do not count; invalid JSON is scanned as
 * far as it goes (JSON.parse then says what is wrong with it).
 */
export function tooDeep(text: string, limit = MAX_JSON_DEPTH): string | undefined {
  // Each level takes a character: a short text cannot nest that deep.
  if (text.length <= limit) return undefined;
  // Only the first levels' frames are kept (for the path); beyond them, the depth is counted.
  const stack: Frame[] = [];
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* \ */) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      const top = depth <= DEPTH_PATH_SHOWN ? stack.at(-1) : undefined;
      if (top !== undefined && typeof top !== 'number' && top.expectKey) {
        top.key = keyText(text.slice(i, j + 1));
        top.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > limit) return `${pathOf(stack)}…`;
      if (depth <= DEPTH_PATH_SHOWN) stack.push(c === 0x5b ? 0 : { keys: new Set(), key: undefined, expectKey: true });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth <= DEPTH_PATH_SHOWN) stack.pop();
      depth = Math.max(0, depth - 1);
    } else if (c === 0x2c /* , */ && depth <= DEPTH_PATH_SHOWN) {
      const top = stack.at(-1);
      if (typeof top === 'number') stack[stack.length - 1] = top + 1;
      else if (top !== undefined) top.expectKey = true;
    }
  }
  return undefined;
}

/**
 * Parses JSON text, refusing nesting deeper than MAX_JSON_DEPTH (before
 * parsing it), and duplicate and `__proto__` keys.
 * @returns the value, or one line saying what is wrong and where
 */
export function parseJsonText(text: string): JsonTextResult {
  const deep = tooDeep(text);
  if (deep !== undefined) return refused(problem('json-depth', { path: deep, limit: MAX_JSON_DEPTH }));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refused(problem('json-syntax', { parser: (error as Error).message.replace(/\s+/g, ' ').trim() }));
  }
  // Only objects can hold keys: a text without "{" needs no scan.
  if (!text.includes('{')) return { ok: true, value };
  const problems = jsonKeyProblems(text);
  if (problems.length > 0) {
    const first = problems[0]!;
    return refused(problem('json-keys', { path: first.path, key: first.key, duplicate: first.duplicate, more: problems.length - 1, atLeast: problems.length === MAX_KEY_PROBLEMS }));
  }
  return { ok: true, value };
}
