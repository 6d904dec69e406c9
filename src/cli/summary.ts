/**
 * The readable zh-TW summary and the `--json` shape of `osh-review score`.
 */
import { verdictOf } from '../eligibility/eligibility.ts';
import type { Evaluation } from '../review/evaluate.ts';
import { OPINION_CONTINUATION, opinionPages } from '../sheets/opinion.ts';

/** The `--json` output, exactly these keys, full-precision numbers. */
export function scoreJson(e: Evaluation) {
  return {
    total: e.score.total,
    complete: e.score.complete,
    sections: e.score.sections.map((s) => ({ id: s.id, earned: s.earned, applicable: s.applicable, weighted: s.weighted })),
    eligibility: {
      // 'unconfirmed' when nothing decides and some rule still lacks its facts: never 'eligible' on facts not given.
      status: verdictOf(e.eligibility),
      findings: e.eligibility.findings.map((f) => ({ rule: f.rule, clause: f.clause, severity: f.severity, message: f.message })),
      unconfirmed: e.eligibility.unconfirmed.map((u) => ({ rule: u.rule, clause: u.clause, message: u.message })),
    },
    fiveStarPath: e.eligibility.fiveStarPath,
  };
}

const STATUS_TEXT = { eligible: '符合參選資格', 'not-recommended': '建議不予推薦', ineligible: '不符參選資格', unconfirmed: '資格尚未確認' } as const;

function num(n: number, digits = 2): string {
  return n.toFixed(digits);
}

/** Pads by display width, counting CJK characters as two columns. */
function pad(text: string, width: number): string {
  const w = [...text].reduce((sum, ch) => sum + (/[\u1100-\uFFFF]/.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - w));
}

/** A readable summary, one line per section and finding. */
export function scoreText(e: Evaluation): string {
  const { review, rubric, score, eligibility } = e;
  const lines: string[] = [];
  const name = review.candidate.name || '（未填單位名稱）';
  lines.push(`${name}\u3000${review.selectionYear} 年推行職業安全衛生優良單位 初審評分（${rubric.id}）`);
  lines.push('');
  lines.push(`${pad('大項', 44)}可評得點數  可評總點數  權重   加權分數`);
  rubric.sections.forEach((section, i) => {
    const s = score.sections[i]!;
    lines.push(
      `${pad(`${section.numeral}、${section.title}`, 44)}${num(s.earned).padStart(10)}  ${num(s.applicable, 1).padStart(10)}  ${section.weight.toFixed(2)}  ${num(s.weighted).padStart(8)}`,
    );
  });
  lines.push('');
  lines.push(`總計實得分數：${num(score.total)}`);
  if (score.complete) lines.push('評分狀態：已完成');
  else {
    const left = [...score.unscored.map((id) => `${id}（未評）`), ...score.pending.map((id) => `${id}（待填分數）`)];
    lines.push(`評分狀態：未完成，尚有 ${left.length} 項：${left.join('、')}`);
  }
  for (const w of score.warnings) lines.push(`注意：${w.message}`);
  const pages = opinionPages({ strengths: review.opinion?.strengths ?? '', suggestions: review.opinion?.suggestions ?? '' });
  lines.push(pages === 1 ? '列印：初審意見表 1 頁' : `列印：初審意見表 ${pages} 頁（優點、建議較長，第 2 頁起為「${OPINION_CONTINUATION.continued}」）`);
  lines.push('');
  const verdict = verdictOf(eligibility);
  lines.push(`資格審查：${STATUS_TEXT[verdict]}${verdict === 'unconfirmed' ? `（尚有 ${eligibility.unconfirmed.length} 項未確認，請補齊下列資料）` : ''}`);
  for (const f of eligibility.findings) {
    lines.push(`  ${f.severity === 'ineligible' ? '✗ 不符' : '△ 不推薦'}［${f.clause}］${f.message}`);
  }
  for (const u of eligibility.unconfirmed) lines.push(`  ？ 未確認［${u.clause}］${u.message}`);
  if (eligibility.fiveStarPath) lines.push('五星獎：前二年度連續獲優良獎，本年度如再獲優良獎，得參加五星獎評選（要點 八）。');
  return lines.join('\n') + '\n';
}
