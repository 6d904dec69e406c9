/**
 * `osh-review print FILE --form F -o OUT.pdf`: just that form, on A4, every
 * font embedded, its title on page 1. Checked with poppler (pdfinfo,
 * pdffonts, pdftotext) on what LibreOffice wrote; the prints run three at a
 * time, each LibreOffice with its own profile.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMS, type FormName } from '../../src/cli/print.ts';
import { LIBREOFFICE, MUST_RUN } from '../support/libreoffice.ts';
import { ROOT, runMain, tempDir, type Run } from '../builders/cli.ts';

const A4 = { short: 595.3, long: 841.9 };

interface Pdf {
  readonly pages: readonly { readonly width: number; readonly height: number }[];
  /** pdffonts' rows: name and whether the font is embedded. */
  readonly fonts: readonly { readonly name: string; readonly embedded: boolean }[];
  /** Each page's text, whitespace removed. */
  readonly text: readonly string[];
}

function readPdf(path: string): Pdf {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' }).stdout;
  const pages = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const fontLines = spawnSync('pdffonts', [path], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
  // Columns: name type [type] encoding emb sub uni object ID; emb is the fifth from the end.
  const fonts = fontLines.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
  });
  const text = pages.map((_, i) =>
    spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', path, '-'], { encoding: 'utf8' }).stdout.replace(/\s/g, ''),
  );
  return { pages, fonts, text };
}

/** Each form's title, as the source document prints it on the form's first page. */
const TITLES: Record<FormName, string> = {
  初審意見表: '113年推行職業安全衛生優良單位初審意見表',
  附表一: '推行職業安全衛生優良單位推薦表',
  附表二: '附表二',
  附表四: '附表四職業安全衛生優良單位五星獎自評表',
  小組合議: '小組合議：○○實業股份有限公司',
  排序: '臺北市113年推行職業安全衛生優良單位初審排序',
};

const portrait = (p: { width: number; height: number }) => Math.abs(p.width - A4.short) < 1 && Math.abs(p.height - A4.long) < 1;
const landscape = (p: { width: number; height: number }) => Math.abs(p.width - A4.long) < 1 && Math.abs(p.height - A4.short) < 1;

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('print --form', { timeout: 300_000 }, () => {
  const dir = tempDir();
  const files = {
    review: join(dir, 'review.xlsx'),
    personnel: join(dir, 'personnel.xlsx'),
    evidence: join(dir, 'evidence.xlsx'),
    panel: join(dir, 'panel.xlsx'),
    ranking: join(dir, 'ranking.xlsx'),
  };
  const source: Record<FormName, string> = {
    初審意見表: files.review,
    附表一: files.review,
    附表二: files.personnel,
    附表四: files.evidence,
    小組合議: files.panel,
    排序: files.ranking,
  };
  const runs = new Map<string, Run>();
  const pdfs = new Map<string, Pdf>();

  beforeAll(async () => {
    // The workbooks, as the commands write them (no LibreOffice yet).
    const demo = join(ROOT, 'examples/demo-113.json');
    const made = [
      await runMain(['new', '--review', demo, '-o', files.review]),
      await runMain(['personnel', '--review', join(ROOT, 'examples/panel/personnel-113.json'), '-o', files.personnel]),
      await runMain(['evidence', '--review', files.review, '-o', files.evidence]),
      await runMain(['merge', join(ROOT, 'examples/panel/委員A.json'), join(ROOT, 'examples/panel/委員B.json'), '-o', files.panel]),
      // The panel workbook is the same unit (統一編號) as the review: rank refuses the two together, so it ranks the panel alone.
      await runMain(['rank', files.panel, '--unit', '臺北市', '-o', files.ranking]),
    ];
    for (const m of made) expect(m.code, m.stderr).toBe(0);
    const jobs: [string, string, string][] = [
      ...(Object.keys(FORMS) as FormName[]).map((form): [string, string, string] => [form, source[form], join(dir, `${form}.pdf`)]),
      ['all', files.review, join(dir, 'all.pdf')],
    ];
    // Three LibreOffice runs at a time: more would not be faster on two cores, only take more memory.
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const [form, input, out] = job;
        runs.set(form, await runMain(['print', input, '--form', form, '-o', out]));
        pdfs.set(form, readPdf(out));
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  });

  it.each(Object.keys(FORMS) as FormName[])('%s: A4, fonts embedded, its title on page 1, nothing but the form', (form) => {
    const run = runs.get(form)!;
    expect(run.code, run.stderr).toBe(0);
    const pdf = pdfs.get(form)!;
    expect(run.stdout).toContain(`（${pdf.pages.length} 頁）`);
    expect(pdf.pages.length).toBeGreaterThan(0);
    for (const [i, page] of pdf.pages.entries()) expect(portrait(page) || landscape(page), `page ${i + 1}: ${page.width} x ${page.height}`).toBe(true);
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) expect(font.embedded, font.name).toBe(true);
    expect(pdf.text[0]).toContain(TITLES[form]);
    // No page of another form or sheet of the same workbook.
    const others = Object.entries(TITLES).filter(([f]) => f !== form && source[f as FormName] === source[form]).map(([, t]) => t);
    for (const [i, text] of pdf.text.entries()) {
      for (const t of [...others, '推行職業安全衛生優良單位初審：基本資料', '參選資格審查']) expect(text.includes(t), `page ${i + 1} of ${form} shows ${t}`).toBe(false);
    }
  });

  it('初審意見表 is one portrait page; 附表一 is as many pages as it takes in the whole workbook\'s print', () => {
    const all = pdfs.get('all')!;
    const opinion = pdfs.get('初審意見表')!;
    const annex1 = pdfs.get('附表一')!;
    expect(opinion.pages).toHaveLength(1);
    expect(portrait(opinion.pages[0]!)).toBe(true);
    // In the whole workbook's print, each form starts at its title and runs to the next sheet's first page.
    const start = (title: string) => all.text.findIndex((t) => t.startsWith(title) || t.slice(0, 80).includes(title));
    const opinionAt = start(TITLES.初審意見表);
    const annex1At = start(TITLES.附表一);
    expect(opinionAt).toBeGreaterThan(0);
    expect(annex1At).toBeGreaterThan(opinionAt);
    expect(annex1At - opinionAt).toBe(opinion.pages.length);
    // 附表一(列印) is the last visible sheet of a review workbook.
    expect(all.pages.length - annex1At).toBe(annex1.pages.length);
    expect(annex1.pages.length).toBeGreaterThan(2);
    expect(annex1.text.slice(1).every((t) => t.includes('項目'))).toBe(true);
  });

  it('all prints every visible sheet, in order, on A4', () => {
    const run = runs.get('all')!;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('基本資料、資格審查、評分、初審意見表、附表一(列印)');
    const all = pdfs.get('all')!;
    expect(all.text[0]).toContain('推行職業安全衛生優良單位初審：基本資料');
    for (const page of all.pages) expect(portrait(page) || landscape(page)).toBe(true);
    for (const font of all.fonts) expect(font.embedded, font.name).toBe(true);
  });
});

describe('print without LibreOffice work', () => {
  it('names a form the workbook does not hold, and which command makes it', async () => {
    const dir = tempDir();
    const review = join(dir, 'r.xlsx');
    expect((await runMain(['new', '-o', review])).code).toBe(0);
    const r = await runMain(['print', review, '--form', '排序', '-o', join(dir, 'x.pdf')]);
    if (!LIBREOFFICE) return; // without LibreOffice, print stops earlier with the install hint
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('沒有排序（工作表「排序」）');
    expect(r.stderr).toContain('osh-review rank');
    expect(r.stderr).toContain('初審意見表');
  });

  it('refuses an unknown form, listing the forms', async () => {
    const r = await runMain(['print', 'r.xlsx', '--form', '附表三', '-o', 'x.pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('附表三');
    for (const form of Object.keys(FORMS)) expect(r.stderr).toContain(form);
  });

  it('wants a .pdf output', async () => {
    const r = await runMain(['print', 'r.xlsx', '--form', '附表一', '-o', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.pdf');
  });
});
