/**
 * `osh-review score FILE.xlsx --json` throughput, through the CLI's own code
 * (`main` from src/cli/main.ts, one process), against the floor: ExcelJS
 * alone loading the same files in the same order. Also what writing the
 * workbooks (`osh-review new`) costs, against ExcelJS's writeBuffer.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { main } from '../src/cli/main.ts';
import type { Review } from '../src/review/schema.ts';
import { DEFAULT_RUBRIC } from '../src/rubric/registry.ts';
import type { WorkbookDescription } from '../src/sheets/types.ts';
import { reviewWorkbook } from '../src/sheets/workbook.ts';
import { toExcelJs } from '../src/workbook/exceljs-writer.ts';
import { reviewArb } from '../packages/fixtures/arbitraries.ts';
import { median, ms, now, num, type Report } from './lib.ts';
import { profile } from './profile.ts';

export const CLI_TARGET_RATIO = 1.3;

const silent = { write: () => true };

/** What the CLI does for one file, through its own entry point; returns the exit code. */
async function scoreFile(file: string): Promise<number> {
  return main(['score', file, '--json'], { stdout: silent, stderr: silent });
}

/** The floor: read the bytes and have ExcelJS load them, nothing else. */
async function loadOnly(file: string): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
}

async function timeEach(files: readonly string[], fn: (file: string) => Promise<unknown>): Promise<number> {
  const start = now();
  for (const f of files) await fn(f);
  return now() - start;
}

/** Writes one workbook per review, timing our part and ExcelJS's writeBuffer apart. */
async function writeWorkbooks(dir: string, reviews: readonly Review[], describe: (r: Review) => WorkbookDescription): Promise<{ files: string[]; ours: number; exceljs: number }> {
  const files: string[] = [];
  let ours = 0;
  let exceljs = 0;
  for (const [i, review] of reviews.entries()) {
    let t = now();
    const wb = toExcelJs(ExcelJS, describe(review));
    ours += now() - t;
    t = now();
    const buffer = await wb.xlsx.writeBuffer();
    exceljs += now() - t;
    const file = join(dir, `review-${String(i).padStart(3, '0')}.xlsx`);
    writeFileSync(file, new Uint8Array(buffer as ArrayBuffer));
    files.push(file);
  }
  return { files, ours, exceljs };
}

export async function benchCli(report: Report, options: { files: number; profile: boolean }): Promise<{ perFileMs: number } | undefined> {
  const rubric = DEFAULT_RUBRIC;
  const dir = mkdtempSync(join(tmpdir(), 'osh-review-bench-'));
  try {
    // Dated within their selection year, as `score` requires (the arbitrary's dates span 2020–2030): each file is
    // read and scored, not refused after reading.
    const reviews = fc
      .sample(reviewArb(rubric), { numRuns: options.files, seed: 2 })
      .map((r) => ({ ...r, reviewDate: `${r.selectionYear + 1911}${r.reviewDate.slice(4).replace('-02-29', '-02-28')}` }));
    const written = await writeWorkbooks(dir, reviews, (r) => reviewWorkbook(rubric, r));
    const { files } = written;
    const writeTotal = written.ours + written.exceljs;
    report.figure({
      key: 'writer',
      text: `${num((files.length * 1000) / writeTotal, 1)} workbooks/s written (reviewWorkbook + toExcelJs + ExcelJS writeBuffer, the \`new\` command's path; ${files.length} random reviews) = ${ms(writeTotal / files.length)} each, against ExcelJS writeBuffer alone ${ms(written.exceljs / files.length)} each: ${num(writeTotal / written.exceljs, 2)}× the floor`,
    });

    // Warm both paths on a few files so neither pays the JIT for the other.
    const warm = files.slice(0, Math.min(20, files.length));
    await timeEach(warm, scoreFile);
    await timeEach(warm, loadOnly);

    // Interleaved file by file, alternating which goes first (A B, B A, …), in two rounds:
    // drift (GC, a busy neighbour on a shared machine) falls on both sides alike.
    const cli: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < 2; round++) {
      let a = 0;
      let b = 0;
      for (const [i, f] of files.entries()) {
        const cliFirst = (i + round) % 2 === 0;
        for (const side of cliFirst ? ['cli', 'floor'] : ['floor', 'cli']) {
          const t = now();
          if (side === 'cli') await scoreFile(f);
          else await loadOnly(f);
          if (side === 'cli') a += now() - t;
          else b += now() - t;
        }
      }
      cli.push(a);
      floor.push(b);
    }
    const cliMs = median(cli);
    const floorMs = median(floor);
    const ratio = cliMs / floorMs;
    let ok = 0;
    for (const f of files.slice(0, 50)) if ((await scoreFile(f)) === 0) ok++;
    report.figure({
      key: 'cli',
      text: `score ${files.length} workbooks in ${ms(cliMs)} (${ms(cliMs / files.length)} each, ${num((files.length * 1000) / cliMs, 1)}/s; main(['score', FILE, '--json']) in one process) vs the floor, ExcelJS alone loading the same files: ${ms(floorMs)} (${ms(floorMs / files.length)} each); ratio ${num(ratio, 2)}× (interleaved file by file, mean of 2 rounds: CLI ${cli.map(ms).join(' / ')}, floor ${floor.map(ms).join(' / ')}; ${ok}/${Math.min(50, files.length)} checked files exit 0)`,
      target: `≤ ${CLI_TARGET_RATIO}× the floor`,
      pass: ratio <= CLI_TARGET_RATIO,
    });

    if (options.profile || ratio > CLI_TARGET_RATIO) {
      const sample = files.slice(0, Math.min(100, files.length));
      const p = await profile('cli-score', async () => {
        for (const f of sample) await scoreFile(f);
      });
      const total = p.buckets.reduce((s, b) => s + b.ms, 0);
      const share = (x: number) => `${num((x / total) * 100, 0)}%`;
      report.note('cli.profile', `${sample.length} files, ${ms(total)} sampled; self time by module: ${p.buckets.slice(0, 8).map((b) => `${b.name} ${share(b.ms)}`).join(', ')}; profile at ${p.file}`);
      report.note('cli.profile', `hottest functions: ${p.functions.slice(0, 6).map((f) => `${f.name} ${share(f.ms)}`).join('; ')}`);
      const ours = p.buckets.filter((b) => b.name.startsWith('src/')).reduce((s, b) => s + b.ms, 0);
      report.note('cli.profile', `src/ (reader, schema, scoring, eligibility, CLI) is ${share(ours)} of the time; the rest is loading the .xlsx`);

      // What reading only the sheets the reader needs would save: the same reviews without the two print sheets.
      const printKeys = new Set(['opinion', 'annex1']);
      const slim = await writeWorkbooks(mkdtempSync(join(dir, 'slim-')), reviews.slice(0, sample.length), (r) => {
        const d = reviewWorkbook(rubric, r);
        return { sheets: d.sheets.filter((s) => !printKeys.has(s.key)), names: d.names.filter((n) => !printKeys.has(n.sheet)) };
      });
      await timeEach(slim.files.slice(0, 10), loadOnly);
      const full = await timeEach(sample, loadOnly);
      const inputsOnly = await timeEach(slim.files, loadOnly);
      report.note(
        'cli.profile',
        `ExcelJS loads the same ${sample.length} reviews without 初審意見表 and 附表一(列印) in ${ms(inputsOnly / sample.length)} each vs ${ms(full / sample.length)} with them (${num((1 - inputsOnly / full) * 100, 0)}% less): the most a reader that skips the print sheets could save`,
      );
    }
    return { perFileMs: cliMs / files.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
