/**
 * Every printed form, built from the repository's examples as the CLI
 * builds them: the review workbook (demo), 附表二 (personnel example),
 * 附表四, 小組合議 (the three members' reviews) and 排序.
 */
import { readFileSync } from 'node:fs';
import { mergeReviews } from '../../src/panel/merge.ts';
import { parsePersonnelReview } from '../../src/personnel/schema.ts';
import { rankCandidates } from '../../src/ranking/ranking.ts';
import { evaluateReview, parseReview } from '../../src/review/evaluate.ts';
import type { Review } from '../../src/review/schema.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { annex2Workbook } from '../../src/sheets/annex2.ts';
import { withAnnex4 } from '../../src/sheets/annex4.ts';
import { memberLabels, panelWorkbook } from '../../src/sheets/panel.ts';
import { rankingWorkbook } from '../../src/sheets/ranking.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';

const example = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));

export function exampleReview(path: string): Review {
  const parsed = parseReview(example(path));
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.problems)}`);
  return parsed.review;
}

export const MEMBER_FILES = ['委員A.json', '委員B.json', '委員C.json'] as const;

/** The examples' workbooks, by what they hold. */
export function exampleWorkbooks(): Record<'review' | 'annex2' | 'panel' | 'ranking', WorkbookDescription> {
  const demo = exampleReview('demo-113.json');
  const personnel = parsePersonnelReview(example('panel/personnel-113.json'));
  if (!personnel.ok) throw new Error(JSON.stringify(personnel));
  const members = MEMBER_FILES.map((f) => ({ source: f, review: exampleReview(`panel/${f}`) }));
  const merged = mergeReviews(members);
  if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
  const entries = [demo, ...members.map((m) => m.review)].map((review, i) => {
    // Four units (ranking refuses one 統一編號 twice: a panel's copies are merged first).
    const evaluated = evaluateReview({ ...review, candidate: { ...review.candidate, name: `${review.candidate?.name ?? ''}${i + 1}`, ubn: String(30000001 + i) } });
    if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.problems));
    return { source: `候選${i + 1}.xlsx`, evaluation: evaluated.evaluation };
  });
  const ranking = rankCandidates(entries, '臺北市');
  if (!ranking.ok) throw new Error(JSON.stringify(ranking));
  return {
    review: withAnnex4(reviewWorkbook(oshUnit113, demo)),
    annex2: annex2Workbook(personnel.review),
    panel: panelWorkbook(merged.merge, memberLabels(members)),
    ranking: rankingWorkbook(ranking.ranking),
  };
}
