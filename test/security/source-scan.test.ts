/**
 * No HTML or code is ever built from strings in src/: no
 * dangerouslySetInnerHTML, innerHTML (or its relatives outerHTML,
 * insertAdjacentHTML, document.write), eval( or new Function(. React
 * escapes everything else the task pane renders. Comments count too: the
 * scan is a grep, strict on purpose, so a mention has to be spelled
 * differently.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs|cjs|html)$/.test(entry) ? [path] : [];
  });
}

const FORBIDDEN: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { what: 'innerHTML', pattern: /innerHTML/ },
  { what: 'outerHTML', pattern: /outerHTML/ },
  { what: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { what: 'document.write', pattern: /document\s*\.\s*write(ln)?\s*\(/ },
  // eval( as a call, not the end of a longer word ("retrieval(").
  { what: 'eval(', pattern: /(?<![\w$])eval\s*\(/ },
  { what: 'new Function(', pattern: /\bnew\s+Function\s*\(/ },
  // setTimeout/setInterval with a string runs it as code.
  { what: 'setTimeout/setInterval with a string', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
];

describe('src/ builds no HTML or code from strings', () => {
  const files = sourceFiles(SRC);

  it('finds the sources to scan', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('reader.ts'))).toBe(true);
  });

  it.each(FORBIDDEN)('no $what', ({ pattern }) => {
    const hits: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (pattern.test(line)) hits.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });

  it('the patterns do catch what they are for', () => {
    const samples: Record<string, string> = {
      dangerouslySetInnerHTML: '<div dangerouslySetInnerHTML={{ __html: x }} />',
      innerHTML: 'el.innerHTML = x;',
      outerHTML: 'el.outerHTML = x;',
      insertAdjacentHTML: "el.insertAdjacentHTML('beforeend', x);",
      'document.write': 'document.write(x);',
      'eval(': 'const y = eval(x);',
      'new Function(': "const f = new Function('a', x);",
      'setTimeout/setInterval with a string': "setTimeout('alert(1)', 0);",
    };
    for (const { what, pattern } of FORBIDDEN) expect(pattern.test(samples[what]!), what).toBe(true);
    expect(/(?<![\w$])eval\s*\(/.test('retrieval(x)')).toBe(false);
  });
});
