/**
 * The review's fixed vocabularies, apart from the schema so that code which
 * only needs the words (sheet layouts, the pane's fields) does not load zod.
 */

/** Earlier awards a candidate may hold (要點 三(二)). */
export const AWARD_TYPES = ['優良獎', '五星獎', '國家職業安全衛生獎'] as const;

/** Labour-condition concerns of the 初審意見表. */
export const LABOR_CONCERNS = ['過勞', '責任制爭議', '身心健康事件', '重大勞資爭議'] as const;

export const ANSWER_LEVELS = ['可', '良', '優', 'N/A'] as const;
