/**
 * Ranking 30 candidates: the library (src/ranking/ranking.ts) always, and
 * the CLI's `rank` command once it exists.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { main } from '../src/cli/main.ts';
import { evaluateReview, type Evaluation } from '../src/review/evaluate.ts';
import { REVIEW_UNITS } from '../src/ranking/quota.ts';
import { rankCandidates } from '../src/ranking/ranking.ts';
import { DEFAULT_RUBRIC } from '../src/rubric/registry.ts';
import { reviewWorkbook } from '../src/sheets/workbook.ts';
import { writeReviewXlsx } from '../src/workbook/xlsx-file.ts';
import { reviewArb } from '../packages/fixtures/arbitraries.ts';
import { median, ms, now, num, rate, type Report } from './lib.ts';

const CANDIDATES = 30;
const FRAME_MS = 1000 / 60;

async function usage(): Promise<string> {
  let out = '';
  await main(['--help'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
  return out;
}

export async function benchRank(report: Report, options: { cliPerFileMs: number | undefined }): Promise<void> {
  const rubric = DEFAULT_RUBRIC;
  const reviews = fc.sample(reviewArb(rubric), { numRuns: CANDIDATES, seed: 4 });
  const evaluations: Evaluation[] = reviews.map((r) => {
    const e = evaluateReview(r);
    if (!e.ok) throw new Error(`a generated review does not evaluate: ${e.problems[0]?.message}`);
    return e.evaluation;
  });
  const entries = evaluations.map((evaluation, i) => ({ source: `candidate-${i + 1}.xlsx`, evaluation }));
  const unit = REVIEW_UNITS[0]!;
  const result = rankCandidates(entries, unit);
  if (!result.ok) throw new Error(result.message);
  rate(() => (rankCandidates(entries, unit).ok ? 1 : 0), 300);
  const perSecond = median(Array.from({ length: 5 }, () => rate(() => (rankCandidates(entries, unit).ok ? 1 : 0), 300)));
  report.figure({
    key: 'rank.library',
    text: `${CANDIDATES} evaluated candidates ranked against ${unit}'s 附表三 quota (rankCandidates) in ${ms(1000 / perSecond)} (${num(perSecond, 0)}/s, median of 5)`,
    target: '≤ 16.7 ms (one frame)',
    pass: 1000 / perSecond <= FRAME_MS,
  });

  const help = await usage();
  if (!/\brank\b/.test(help)) {
    report.skip('rank.cli', `src/cli/main.ts has no \`rank\` command yet (usage lists: ${[...help.matchAll(/osh-review (\w+)/g)].map((m) => m[1]).join(', ')}); the library figure above stands in`);
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'osh-review-rank-'));
  try {
    const files: string[] = [];
    for (const [i, r] of reviews.entries()) {
      const file = join(dir, `candidate-${String(i + 1).padStart(2, '0')}.xlsx`);
      writeFileSync(file, await writeReviewXlsx(reviewWorkbook(rubric, r)));
      files.push(file);
    }
    let stderr = '';
    const args = ['rank', ...files, '--unit', unit, '-o', join(dir, 'ranking.xlsx')];
    const run = async () => main(args, { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } });
    const code = await run();
    if (code !== 0) {
      report.skip('rank.cli', `\`osh-review rank FILE…\` exited ${code}: ${stderr.split('\n')[0]} — adjust the arguments in bench/rank.ts to the command's usage`);
      return;
    }
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = now();
      await run();
      times.push(now() - t);
    }
    const t = median(times);
    const reference = options.cliPerFileMs === undefined ? '' : `; reference: ${CANDIDATES} × the score path per file measured above = ${ms(CANDIDATES * options.cliPerFileMs)} (${num(t / (CANDIDATES * options.cliPerFileMs), 2)}×)`;
    report.figure({ key: 'rank.cli', text: `rank ${CANDIDATES} workbooks through main(['rank', …]) in ${ms(t)} (median of 5)${reference}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
