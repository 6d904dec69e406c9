/**
 * 要點 三 and the 初審意見表's 確認事項 / 備註1, each rule at, below and above
 * its boundary. Selection year Y = 113 unless a test says otherwise, so
 * 前三年度 are 110, 111, 112 and 前四年度 109–112.
 */
import { describe, it, expect } from 'vitest';
import { RULE_CLAUSES, verdictOf } from '../../src/eligibility/eligibility.ts';
import type { Candidate, RateFigures } from '../../src/review/schema.ts';
import { AVERAGE, award, candidateWith, eachYear, eligibilityOf, ratesBelowAverage, rulesOf, Y } from '../builders/review.ts';

function findingOf(candidate: Candidate, rule: string, opts: { reviewDate?: string; selectionYear?: number } = {}) {
  const e = eligibilityOf(candidate, opts);
  const f = e.findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no ${rule} finding: ${JSON.stringify(e.findings)}`);
  return f;
}

/** The default rates with one year's own figures replaced. */
function ownRatesWith(year: number, figures: RateFigures): NonNullable<Candidate['rates']> {
  const r = ratesBelowAverage(Y);
  return { ...r, own: { ...r.own, [String(year)]: figures } };
}

describe('the default candidate', () => {
  it('is eligible with nothing unconfirmed', () => {
    const e = eligibilityOf(candidateWith());
    expect(e).toEqual({ status: 'eligible', findings: [], unconfirmed: [], fiveStarPath: false });
  });
});

describe('department (要點 三 末段)', () => {
  it('a department of a unit is ineligible', () => {
    const f = findingOf(candidateWith({ participatesAsDepartment: true }), 'department');
    expect(f.severity).toBe('ineligible');
    expect(f.clause).toBe(RULE_CLAUSES.department);
    expect(eligibilityOf(candidateWith({ participatesAsDepartment: true })).status).toBe('ineligible');
  });
  it('not given: unconfirmed, not a finding', () => {
    const e = eligibilityOf(candidateWith({ participatesAsDepartment: undefined }));
    expect(e.status).toBe('eligible');
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['department']);
  });
});

describe('major-disaster (要點 三(一))', () => {
  it.each([
    ['重大災害', { majorDisaster: true }],
    ['失能 grade 1–9', { disabilityGrade1to9: true }],
  ] as const)('%s → ineligible', (_name, facts) => {
    const e = eligibilityOf(candidateWith(facts));
    expect(e.status).toBe('ineligible');
    expect(rulesOf(e)).toEqual(['major-disaster']);
    expect(e.findings[0]!.clause).toBe('要點 三(一)');
    expect(e.findings[0]!.message).toContain('110至113');
  });
  it.each([['majorDisaster'], ['disabilityGrade1to9']] as const)('%s not given: unconfirmed', (key) => {
    const e = eligibilityOf(candidateWith({ [key]: undefined }));
    expect(e.status).toBe('eligible');
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['major-disaster']);
  });
});

describe('injury-rates (要點 三(二)): strictly below the industry average in each of Y-3..Y-1', () => {
  // AVERAGE is FR 2.5, SR 150.
  it.each([110, 111, 112])('FR equal to the average in %s → ineligible', (year) => {
    const f = findingOf(candidateWith({ rates: ownRatesWith(year, { fr: 2.5, sr: 10 }) }), 'injury-rates');
    expect(f.severity).toBe('ineligible');
    expect(f.clause).toBe('要點 三(二)');
    expect(f.message).toContain(`${year}年`);
    expect(f.message).toContain('FR 2.5');
  });
  it.each([110, 111, 112])('SR equal to the average in %s → ineligible', (year) => {
    const f = findingOf(candidateWith({ rates: ownRatesWith(year, { fr: 0.1, sr: 150 }) }), 'injury-rates');
    expect(f.message).toContain(`${year}年`);
    expect(f.message).toContain('SR 150');
  });
  it('just below the average in every year → eligible', () => {
    const rates = { industryAverage: { ...AVERAGE }, own: eachYear(Y, { fr: 2.49, sr: 149.99 }) };
    expect(eligibilityOf(candidateWith({ rates })).status).toBe('eligible');
  });
  it('above the average → ineligible', () => {
    expect(eligibilityOf(candidateWith({ rates: ownRatesWith(111, { fr: 2.51, sr: 10 }) })).status).toBe('ineligible');
    expect(eligibilityOf(candidateWith({ rates: ownRatesWith(111, { fr: 0, sr: 150.01 }) })).status).toBe('ineligible');
  });
  it('0 and 0 is below any positive average', () => {
    expect(eligibilityOf(candidateWith({ rates: ownRatesWith(112, { fr: 0, sr: 0 }) })).status).toBe('eligible');
  });
  it('a bad year outside Y-3..Y-1 (Y-4 or Y) does not count', () => {
    const r = ratesBelowAverage(Y);
    const rates = { ...r, own: { ...r.own, '109': { fr: 9, sr: 900 }, '113': { fr: 9, sr: 900 } } };
    expect(eligibilityOf(candidateWith({ rates })).status).toBe('eligible');
  });
  it.each([110, 111, 112])('a missing year (%s) → unconfirmed, not ineligible', (year) => {
    const r = ratesBelowAverage(Y);
    const own = { ...r.own };
    delete own[String(year)];
    const e = eligibilityOf(candidateWith({ rates: { ...r, own } }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed).toEqual([expect.objectContaining({ rule: 'injury-rates', message: expect.stringContaining(`${year}年`) })]);
  });
  // Issue 12: figures not typed are 未確認, never 不符; only a given figure can fail the rule.
  it('no rate figures at all → unconfirmed, not ineligible', () => {
    const e = eligibilityOf(candidateWith({ rates: undefined }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['injury-rates', 'injury-rates']);
  });
  it('missing figures without the industry average: unconfirmed, naming the missing years', () => {
    const e = eligibilityOf(candidateWith({ rates: { own: { '110': { fr: 1, sr: 1 } } } }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.message).join('')).toContain('111、112年');
  });
  it('a given year above the average is ineligible even while another year is missing', () => {
    const r = ratesBelowAverage(Y);
    const own = { '110': { fr: 9, sr: 900 } };
    const e = eligibilityOf(candidateWith({ rates: { ...r, own } }));
    expect(rulesOf(e)).toEqual(['injury-rates']);
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['injury-rates']);
  });
  it('all three years given but no industry average: unconfirmed, not guessed', () => {
    const e = eligibilityOf(candidateWith({ rates: { own: eachYear(Y, { fr: 9, sr: 900 }) } }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['injury-rates']);
  });
  it('follows the selection year: for Y = 114 the years are 111–113', () => {
    const e = eligibilityOf(candidateWith({ rates: ratesBelowAverage(113) }), { selectionYear: 114, reviewDate: '2025-04-15' });
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.message).join('')).toContain('113年');
    expect(eligibilityOf(candidateWith({ rates: ratesBelowAverage(114) }), { selectionYear: 114, reviewDate: '2025-04-15' }).status).toBe(
      'eligible',
    );
  });
});

describe('contractors: which figures are compared', () => {
  it('contractors 0: own figures compared, figures with contractors ignored', () => {
    const r = ratesBelowAverage(Y);
    const rates = { ...r, withContractors: eachYear(Y, { fr: 9, sr: 900 }) };
    expect(eligibilityOf(candidateWith({ workers: { own: 10, contractors: 0 }, rates })).status).toBe('eligible');
    const bad = { ...r, own: eachYear(Y, { fr: 9, sr: 900 }) };
    expect(eligibilityOf(candidateWith({ workers: { own: 10, contractors: 0 }, rates: bad })).status).toBe('ineligible');
  });
  it('contractors > 0: figures including contractors compared, not own', () => {
    const r = ratesBelowAverage(Y);
    const withBad = { ...r, withContractors: { ...r.withContractors, '111': { fr: 2.5, sr: 10 } } };
    const f = findingOf(candidateWith({ workers: { own: 10, contractors: 1 }, rates: withBad }), 'injury-rates');
    expect(f.message).toContain('111年');
    expect(f.message).toContain('加計承攬人');
    const ownBad = { ...r, own: eachYear(Y, { fr: 9, sr: 900 }) };
    expect(eligibilityOf(candidateWith({ workers: { own: 10, contractors: 1 }, rates: ownBad })).status).toBe('eligible');
  });
  it('the message shows both the own figures and those with contractors', () => {
    const rates = {
      industryAverage: { fr: 2.5, sr: 150 },
      own: { ...eachYear(Y, { fr: 1.25, sr: 80 }) },
      withContractors: { ...eachYear(Y, { fr: 1.5, sr: 90 }), '112': { fr: 2.75, sr: 90 } },
    };
    const f = findingOf(candidateWith({ workers: { own: 10, contractors: 3 }, rates }), 'injury-rates');
    expect(f.message).toContain('112年');
    expect(f.message).toContain('FR 1.25'); // own
    expect(f.message).toContain('FR 2.75'); // with contractors
    expect(f.message).toContain('2.5'); // the average
  });
  it('has contractors but no figures including them: contractor-rates-missing alone', () => {
    const r = ratesBelowAverage(Y);
    const e = eligibilityOf(candidateWith({ workers: { own: 10, contractors: 5 }, rates: { industryAverage: r.industryAverage, own: r.own } }));
    expect(e.findings).toEqual([]);
    expect(verdictOf(e)).toBe('unconfirmed');
    const missing = e.unconfirmed.find((u) => u.rule === 'contractor-rates-missing')!;
    expect(missing.clause).toBe('初審意見表 確認事項');
    expect(missing.message).toContain('5 人');
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['contractor-rates-missing', 'injury-rates']);
  });
  it('has contractors and an empty set of figures including them: unconfirmed', () => {
    const r = ratesBelowAverage(Y);
    const e = eligibilityOf(candidateWith({ workers: { own: 10, contractors: 5 }, rates: { ...r, withContractors: {} } }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['contractor-rates-missing', 'injury-rates']);
  });
  it('figures including contractors given only partly: the missing year is unconfirmed', () => {
    const r = ratesBelowAverage(Y);
    const partial = { '110': { fr: 1, sr: 10 }, '111': { fr: 1, sr: 10 } };
    const e = eligibilityOf(candidateWith({ workers: { own: 10, contractors: 5 }, rates: { ...r, withContractors: partial } }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed).toEqual([expect.objectContaining({ rule: 'injury-rates', message: expect.stringContaining('112年') })]);
  });
  it('contractors not given: unconfirmed (own figures used meanwhile)', () => {
    const e = eligibilityOf(candidateWith({ workers: { own: 10 } }));
    expect(e.status).toBe('eligible');
    expect(verdictOf(e)).toBe('unconfirmed');
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['contractor-rates-missing', 'injury-rates']);
  });
});

describe('recent-top-award (要點 三(三)): 五星獎 or 國家職業安全衛生獎 in Y-3..Y-1', () => {
  it.each([
    ['五星獎', 110, true],
    ['五星獎', 111, true],
    ['五星獎', 112, true],
    ['五星獎', 109, false],
    ['五星獎', 113, false],
    ['國家職業安全衛生獎', 110, true],
    ['國家職業安全衛生獎', 109, false],
    ['國家職業安全衛生獎', 112, true],
    ['優良獎', 112, false],
  ] as const)('%s in %s → ineligible: %s', (type, year, ineligible) => {
    const e = eligibilityOf(candidateWith({ awards: [award(type, year)] }));
    expect(rulesOf(e).includes('recent-top-award')).toBe(ineligible);
    expect(e.status).toBe(ineligible ? 'ineligible' : 'eligible');
  });
  it('names the award and the year', () => {
    const f = findingOf(candidateWith({ awards: [award('國家職業安全衛生獎', 111)] }), 'recent-top-award');
    expect(f.clause).toBe('要點 三(三)');
    expect(f.message).toContain('111');
    expect(f.message).toContain('國家職業安全衛生獎');
  });
});

describe('four-year-streak (要點 三(四)): 優良獎 in each of Y-4..Y-1', () => {
  const streak = [109, 110, 111, 112];
  it('all four years → ineligible', () => {
    const f = findingOf(candidateWith({ awards: streak.map((y) => award('優良獎', y)) }), 'four-year-streak');
    expect(f.severity).toBe('ineligible');
    expect(f.clause).toBe('要點 三(四)');
    expect(f.message).toContain('109');
    expect(f.message).toContain('112');
  });
  it.each(streak)('one year missing (%s) → no finding', (gap) => {
    const e = eligibilityOf(candidateWith({ awards: streak.filter((y) => y !== gap).map((y) => award('優良獎', y)) }));
    expect(rulesOf(e)).not.toContain('four-year-streak');
  });
  it('four in a row ending in Y (110–113) does not count', () => {
    const e = eligibilityOf(candidateWith({ awards: [110, 111, 112, 113].map((y) => award('優良獎', y)) }));
    expect(rulesOf(e)).not.toContain('four-year-streak');
  });
  it('a 五星獎 does not count as a 優良獎 of the streak', () => {
    const awards = [award('優良獎', 109), award('優良獎', 110), award('優良獎', 111), award('五星獎', 112)];
    expect(rulesOf(eligibilityOf(candidateWith({ awards })))).not.toContain('four-year-streak');
  });
});

describe('oshms (要點 三(五)): a required OSHMS valid on the review date', () => {
  const required = (oshms: Candidate['oshms']) => candidateWith({ requiredOshms: true, oshms });

  it('TOSHMS expiring on the review date is still valid', () => {
    expect(eligibilityOf(required({ toshmsValidUntil: '2024-04-15', performanceReviewValidUntil: null })).status).toBe('eligible');
  });
  it('TOSHMS expired the day before the review → ineligible', () => {
    const f = findingOf(required({ toshmsValidUntil: '2024-04-14', performanceReviewValidUntil: null }), 'oshms');
    expect(f.severity).toBe('ineligible');
    expect(f.clause).toBe('要點 三(五)');
    expect(f.message).toContain('2024-04-14');
  });
  it('performance review expiring on the review date is valid, the day after it is not', () => {
    const c = required({ toshmsValidUntil: null, performanceReviewValidUntil: '2024-03-31' });
    expect(eligibilityOf(c, { reviewDate: '2024-03-31' }).status).toBe('eligible');
    expect(eligibilityOf(c, { reviewDate: '2024-04-01' }).status).toBe('ineligible');
  });
  it('across a year end: valid through 2023-12-31, not on 2024-01-01', () => {
    const c = required({ toshmsValidUntil: '2023-12-31', performanceReviewValidUntil: null });
    expect(eligibilityOf(c, { reviewDate: '2023-12-31' }).status).toBe('eligible');
    expect(eligibilityOf(c, { reviewDate: '2024-01-01' }).status).toBe('ineligible');
  });
  it('either one valid is enough', () => {
    expect(eligibilityOf(required({ toshmsValidUntil: '2020-01-01', performanceReviewValidUntil: '2025-01-01' })).status).toBe('eligible');
    expect(eligibilityOf(required({ toshmsValidUntil: '2025-01-01', performanceReviewValidUntil: '2020-01-01' })).status).toBe('eligible');
  });
  it('required and neither date given → unconfirmed, not ineligible', () => {
    const e = eligibilityOf(required({ toshmsValidUntil: null, performanceReviewValidUntil: null }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['oshms']);
  });
  it('not required: no finding, even with nothing held', () => {
    expect(eligibilityOf(candidateWith({ requiredOshms: false, oshms: undefined })).status).toBe('eligible');
  });
  it('whether it is required not given: unconfirmed', () => {
    const e = eligibilityOf(candidateWith({ requiredOshms: undefined }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['oshms']);
  });
  it('one date valid, the other not given: valid', () => {
    expect(eligibilityOf(required({ toshmsValidUntil: '2025-01-01' })).findings).toEqual([]);
    expect(eligibilityOf(required({ performanceReviewValidUntil: '2024-04-15' })).findings).toEqual([]);
  });
});

describe('safety-week and labor-conditions (初審意見表 備註1): not recommended', () => {
  it('no 職場安全健康週 plan submitted → not-recommended', () => {
    const e = eligibilityOf(candidateWith({ safetyWeek: { planSubmitted: false } }));
    expect(e.status).toBe('not-recommended');
    expect(e.findings).toEqual([expect.objectContaining({ rule: 'safety-week', severity: 'not-recommended', clause: '初審意見表 備註1' })]);
  });
  it('plan submission not given: unconfirmed', () => {
    const e = eligibilityOf(candidateWith({ safetyWeek: undefined }));
    expect(e.status).toBe('eligible');
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['safety-week']);
  });
  it.each([['過勞'], ['責任制爭議'], ['身心健康事件'], ['重大勞資爭議']] as const)('labor concern %s → not-recommended', (concern) => {
    const e = eligibilityOf(candidateWith({ laborConditionConcerns: [concern] }));
    expect(e.status).toBe('not-recommended');
    expect(rulesOf(e)).toEqual(['labor-conditions']);
    expect(e.findings[0]!.message).toContain(concern);
  });
  it('no concern → no finding', () => {
    expect(eligibilityOf(candidateWith({ laborConditionConcerns: [] })).findings).toEqual([]);
  });
  it('concerns not given: unconfirmed, not guessed', () => {
    const e = eligibilityOf(candidateWith({ laborConditionConcerns: undefined }));
    expect(e.findings).toEqual([]);
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['labor-conditions']);
  });
});

describe('facts not given are never guessed', () => {
  // Issue 12: nothing entered gives no verdict at all, only the list of what is still to confirm.
  it('an empty candidate: no finding, every rule unconfirmed, verdict unconfirmed', () => {
    const e = eligibilityOf({});
    expect(e.findings).toEqual([]);
    expect(verdictOf(e)).toBe('unconfirmed');
    const unconfirmed = new Set(e.unconfirmed.map((u) => u.rule));
    for (const rule of ['department', 'major-disaster', 'contractor-rates-missing', 'injury-rates', 'recent-top-award', 'four-year-streak', 'oshms', 'safety-week', 'labor-conditions']) {
      expect(unconfirmed.has(rule as never), rule).toBe(true);
    }
    for (const u of e.unconfirmed) expect(u.clause).toBe(RULE_CLAUSES[u.rule]);
  });
});

describe('status ordering', () => {
  it('ineligible beats not-recommended', () => {
    const e = eligibilityOf(candidateWith({ majorDisaster: true, safetyWeek: { planSubmitted: false }, laborConditionConcerns: ['過勞'] }));
    expect(e.status).toBe('ineligible');
    expect(rulesOf(e)).toEqual(['major-disaster', 'safety-week', 'labor-conditions']);
  });
  it('not-recommended when only not-recommended findings', () => {
    const e = eligibilityOf(candidateWith({ safetyWeek: { planSubmitted: false }, laborConditionConcerns: ['過勞'] }));
    expect(e.status).toBe('not-recommended');
  });
  it('unconfirmed facts alone: no finding, status eligible, verdict unconfirmed (never 符合參選資格)', () => {
    const e = eligibilityOf(candidateWith({ participatesAsDepartment: undefined, safetyWeek: undefined }));
    expect(e.status).toBe('eligible');
    expect(verdictOf(e)).toBe('unconfirmed');
    expect(verdictOf(eligibilityOf(candidateWith()))).toBe('eligible');
  });
  it('awards not given: the two award rules unconfirmed; an empty list confirms none', () => {
    const e = eligibilityOf(candidateWith({ awards: undefined }));
    expect(e.unconfirmed.map((u) => u.rule)).toEqual(['recent-top-award', 'four-year-streak']);
    expect(eligibilityOf(candidateWith({ awards: [] })).unconfirmed).toEqual([]);
  });
  it('every finding carries its clause as printed', () => {
    const e = eligibilityOf(
      candidateWith({
        participatesAsDepartment: true,
        majorDisaster: true,
        requiredOshms: true,
        oshms: { toshmsValidUntil: '2020-01-01' },
        awards: [109, 110, 111, 112].map((y) => award('優良獎', y)).concat([award('五星獎', 110)]),
        safetyWeek: { planSubmitted: false },
        laborConditionConcerns: ['過勞'],
        rates: ownRatesWith(110, { fr: 3, sr: 200 }),
      }),
    );
    expect(rulesOf(e)).toEqual(['department', 'major-disaster', 'injury-rates', 'recent-top-award', 'four-year-streak', 'oshms', 'safety-week', 'labor-conditions']);
    for (const f of e.findings) expect(f.clause).toBe(RULE_CLAUSES[f.rule]);
    expect(e.findings.filter((f) => f.severity === 'not-recommended').map((f) => f.rule)).toEqual(['safety-week', 'labor-conditions']);
  });
});

describe('fiveStarPath: 優良獎 in both Y-2 and Y-1', () => {
  it.each([
    [[111, 112], true],
    [[110, 111, 112], true],
    [[112], false],
    [[111], false],
    [[110, 111], false],
    [[112, 113], false],
    [[], false],
  ] as const)('優良獎 in %j → %s', (years, expected) => {
    expect(eligibilityOf(candidateWith({ awards: years.map((y) => award('優良獎', y)) })).fiveStarPath).toBe(expected);
  });
  it('五星獎 in Y-2 and Y-1 is not the path', () => {
    expect(eligibilityOf(candidateWith({ awards: [award('五星獎', 111), award('五星獎', 112)] })).fiveStarPath).toBe(false);
  });
  it('is reported whatever the status', () => {
    const e = eligibilityOf(candidateWith({ majorDisaster: true, awards: [award('優良獎', 111), award('優良獎', 112)] }));
    expect(e.status).toBe('ineligible');
    expect(e.fiveStarPath).toBe(true);
  });
});
