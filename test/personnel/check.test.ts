import { describe, it, expect } from 'vitest';
import { checkPersonnel, recommendedAward } from '../../src/personnel/check.ts';
import { parsePersonnelReview, type PersonnelReview } from '../../src/personnel/schema.ts';

/** A complete, passing personnel review; tests change one thing at a time. */
function base(): Record<string, unknown> {
  return {
    form: 'osh-person-113',
    selectionYear: 113,
    reviewDate: '2024-04-15',
    reviewUnit: '新竹市',
    person: {
      unit: '○○實業股份有限公司',
      location: '新竹市',
      name: '陳○○',
      title: '職業安全衛生管理師',
      phone: '03-5000000',
      gender: '男',
      age: 45,
      address: '新竹市○○路1號',
    },
    nomination: { route: '推薦', nominator: '○○實業股份有限公司' },
    achievements: {
      '1': { text: '推動 ISO 45001，三年失能傷害頻率由 1.2 降至 0.3。', comment: '績效具體。' },
    },
    priorAwards: { status: 'never' },
    result: { decision: 'pass', award: '功績獎' },
    panel: [{ name: '王大明', organisation: '勞動檢查處', title: '技正' }],
  };
}

function parse(json: unknown): PersonnelReview {
  const result = parsePersonnelReview(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.review;
}

function withChange(change: (r: Record<string, unknown> & { person: Record<string, unknown> }) => void): PersonnelReview {
  const json = structuredClone(base()) as Record<string, unknown> & { person: Record<string, unknown> };
  change(json);
  return parse(json);
}

function rules(r: PersonnelReview): [string, string, string][] {
  return checkPersonnel(r).map((f) => [f.rule, f.severity, f.path]);
}

describe('parsePersonnelReview', () => {
  it('accepts a complete review', () => {
    expect(parsePersonnelReview(base()).ok).toBe(true);
  });

  it('accepts a bare one: the form, the year, a person and the achievements', () => {
    expect(parsePersonnelReview({ form: 'osh-person-113', selectionYear: 113, person: {}, achievements: {} }).ok).toBe(true);
  });

  it('refuses a criterion id outside 1–7, naming the allowed ones', () => {
    const json = { ...base(), achievements: { '8': { text: 'x' } } };
    const result = parsePersonnelReview(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: 'achievements', message: '不認得的條件編號：8；優良事蹟依要點 五編為 "1" 至 "7"。', problem: { code: 'json-unknown-conditions', params: { keys: ['8'] } } },
      ]);
    }
  });

  it('refuses unknown fields, another form and a bad year', () => {
    const result = parsePersonnelReview({ ...base(), form: 'osh-unit-113', selectionYear: 0, extra: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path).sort()).toEqual(['(根)', 'form', 'selectionYear']);
      expect(result.problems.find((p) => p.path === '(根)')!.message).toBe('不認得的欄位：extra');
    }
  });

  it('refuses a decision outside pass / fail / other', () => {
    const result = parsePersonnelReview({ ...base(), result: { decision: 'maybe' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('"pass"、"fail"、"other"');
  });
});

describe('checkPersonnel', () => {
  it('finds nothing in a complete review', () => {
    expect(checkPersonnel(parse(base()))).toEqual([]);
    expect(recommendedAward(parse(base()))).toBe('功績獎');
  });

  it('requires 事蹟 text in at least one criterion (要點 五)', () => {
    const r = withChange((j) => {
      j.achievements = { '1': { text: '   ' }, '2': { comment: '無' } };
    });
    const f = checkPersonnel(r).find((x) => x.rule === 'no-achievement')!;
    expect([f.severity, f.path]).toEqual(['error', 'achievements']);
    expect(f.message).toContain('優良事蹟');
    expect(f.message).toContain('至少應符合要點 五所列條件之一');
  });

  it('accepts any one criterion, e.g. only 7', () => {
    const r = withChange((j) => {
      j.achievements = { '7': { text: '發明防墜器材', comment: '具創新。' } };
    });
    expect(checkPersonnel(r)).toEqual([]);
  });

  it('refuses a recommended award other than 功績獎 or 技術獎', () => {
    const r = withChange((j) => {
      j.result = { decision: 'pass', award: '優良獎' };
    });
    expect(rules(r)).toEqual([['award-invalid', 'error', 'result.award']]);
    expect(checkPersonnel(r)[0]!.message).toBe('初審結果：建議獎項「優良獎」不是優良人員之獎項，可填：功績獎、技術獎（要點 七(一)2(2)）。');
    expect(recommendedAward(r)).toBeNull();
  });

  it('requires an award with 初審通過', () => {
    const r = withChange((j) => {
      j.result = { decision: 'pass' };
    });
    expect(rules(r)).toEqual([['award-missing', 'error', 'result.award']]);
    expect(checkPersonnel(r)[0]!.message).toContain('功績獎或技術獎');
  });

  it('refuses an award without 初審通過', () => {
    const fail = withChange((j) => {
      j.result = { decision: 'fail', award: '技術獎' };
    });
    expect(rules(fail)).toEqual([['award-conflict', 'error', 'result.award']]);
    const none = withChange((j) => {
      j.result = { award: '技術獎' };
    });
    expect(rules(none)).toEqual([['award-conflict', 'error', 'result.decision']]);
  });

  it('asks what 其他 means', () => {
    const r = withChange((j) => {
      j.result = { decision: 'other' };
    });
    expect(rules(r)).toEqual([['result-other-text', 'warning', 'result.otherText']]);
  });

  it.each([0, -3, 45.5])('refuses age %s: a positive integer is required', (age) => {
    const r = withChange((j) => {
      j.person.age = age;
    });
    expect(rules(r)).toEqual([['age-invalid', 'error', 'person.age']]);
    expect(checkPersonnel(r)[0]!.message).toBe(`年齡：應為正整數（歲），目前為 ${age}。`);
  });

  it('requires 姓名 and 單位, reminds of the other header fields', () => {
    const r = withChange((j) => {
      j.person = { name: ' ', age: 30 };
    });
    expect(rules(r)).toEqual([
      ['header-missing', 'error', 'person.unit'],
      ['header-missing', 'warning', 'person.location'],
      ['header-missing', 'error', 'person.name'],
      ['header-missing', 'warning', 'person.title'],
      ['header-missing', 'warning', 'person.phone'],
      ['header-missing', 'warning', 'person.gender'],
      ['header-missing', 'warning', 'person.address'],
    ]);
    expect(checkPersonnel(r)[2]!.message).toBe('姓名：未填寫，附表二須載明受推薦人員之姓名。');
  });

  it('checks prior awards: type, year before the selection, and the ticked status', () => {
    const r = withChange((j) => {
      j.priorAwards = {
        status: 'awarded',
        awards: [
          { type: '功績獎', year: 105 },
          { type: '金安獎', year: 110 },
          { type: '技術獎', year: 113 },
        ],
      };
    });
    expect(rules(r)).toEqual([
      ['prior-award-invalid', 'error', 'priorAwards.awards.1.type'],
      ['prior-award-year', 'error', 'priorAwards.awards.2.year'],
    ]);
    const empty = withChange((j) => {
      j.priorAwards = { status: 'awarded' };
    });
    expect(rules(empty)).toEqual([['prior-award-status', 'error', 'priorAwards.awards']]);
    const contradictory = withChange((j) => {
      j.priorAwards = { status: 'never', awards: [{ type: '功績獎', year: 105 }] };
    });
    expect(rules(contradictory)).toEqual([['prior-award-status', 'error', 'priorAwards.status']]);
  });

  it('requires the employer’s consent to a 自薦 (要點 六(二)2)', () => {
    const refused = withChange((j) => {
      j.nomination = { route: '自薦', employerConsent: false };
    });
    expect(rules(refused)).toEqual([['self-nomination-consent', 'error', 'nomination.employerConsent']]);
    const unknown = withChange((j) => {
      j.nomination = { route: '自薦' };
    });
    expect(rules(unknown)).toEqual([['self-nomination-consent', 'warning', 'nomination.employerConsent']]);
    const given = withChange((j) => {
      j.nomination = { route: '自薦', employerConsent: true };
    });
    expect(checkPersonnel(given)).toEqual([]);
  });

  it('once decided, reminds of missing 初審評語 and 評鑑人員', () => {
    const r = withChange((j) => {
      j.achievements = { '1': { text: 'a', comment: 'ok' }, '5': { text: 'b' } };
      delete j.panel;
    });
    expect(rules(r)).toEqual([
      ['comment-missing', 'warning', 'achievements.5.comment'],
      ['panel-missing', 'warning', 'panel'],
    ]);
  });

  it('does not ask for 初審評語 before a decision', () => {
    const r = withChange((j) => {
      j.achievements = { '5': { text: 'b' } };
      delete j.result;
    });
    expect(checkPersonnel(r)).toEqual([]);
  });
});
