/**
 * docs/forms/: one picture per printed form, from the repository's examples
 * (the demo review, the personnel example, the three members' reviews), as
 * the CLI builds them, printed by LibreOffice (scripts/lo-render) and cut to
 * a modest size. Run: npx tsx scripts/forms-gallery.ts [OUT_DIR]
 * Needs LibreOffice and poppler (see README).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeReviewXlsx } from '../src/workbook/xlsx-file.ts';
import { exampleWorkbooks } from '../packages/fixtures/forms.ts';

const root = new URL('..', import.meta.url).pathname;
const work = process.argv[2] ?? join(root, 'out', 'forms');
const docs = join(root, 'docs', 'forms');
mkdirSync(work, { recursive: true });
mkdirSync(docs, { recursive: true });

/** Which page of which workbook shows each form: the page whose first line starts so. */
const FORMS: { file: string; book: keyof ReturnType<typeof exampleWorkbooks>; firstLine: RegExp }[] = [
  { file: 'opinion.png', book: 'review', firstLine: /初審意見表$/ },
  { file: 'annex1.png', book: 'review', firstLine: /^附表一$/ },
  { file: 'scoring.png', book: 'review', firstLine: /^初審評分工作表/ },
  { file: 'annex4.png', book: 'review', firstLine: /五星獎自評表/ },
  { file: 'annex2.png', book: 'annex2', firstLine: /^附表二$/ },
  { file: 'panel.png', book: 'panel', firstLine: /^小組合議/ },
  { file: 'ranking.png', book: 'ranking', firstLine: /初審排序$/ },
];

const books = exampleWorkbooks();
for (const name of new Set(FORMS.map((f) => f.book))) {
  const xlsx = join(work, `${name}.xlsx`);
  writeFileSync(xlsx, await writeReviewXlsx(books[name]));
  execFileSync(join(root, 'scripts', 'lo-render'), [xlsx, join(work, name)], { stdio: 'ignore' });
  const pages = readFileSync(join(work, name, 'pages.txt'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  for (const form of FORMS.filter((f) => f.book === name)) {
    const page = pages.find((p) => form.firstLine.test((p[2] ?? '').replace(/\s+/g, '')));
    if (!page) throw new Error(`No page of ${name} starts like ${form.firstLine}`);
    const out = join(docs, form.file.replace(/\.png$/, ''));
    // 75 dpi keeps each picture near 100 KB and the text legible.
    execFileSync('pdftoppm', ['-r', '75', '-png', '-singlefile', '-f', page[0]!, '-l', page[0]!, join(work, name, `${name}.pdf`), out]);
    console.log(`${form.file}: page ${page[0]} of ${name}`);
  }
}
