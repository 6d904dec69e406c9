/**
 * The shape of a 附表一 rubric: plain, serialisable data, one definition per
 * edition of the 要點. Nothing here knows about Excel, the DOM or a UI.
 */

/** Points on the form's own scale (e.g. 2.5 for "(2.5分)"). */
export type Points = number & { readonly __brand?: 'Points' };

/** A section weight as printed (0.08, 0.20 …), a fraction of the total 100. */
export type Weight = number & { readonly __brand?: 'Weight' };

/** The three grading levels printed on the form (給分等第). */
export type LevelLabel = '可' | '良' | '優';

export const LEVEL_LABELS: readonly LevelLabel[] = ['可', '良', '優'];

/**
 * How a level awards points.
 * - `fixed`: exactly `points` ("(2.0分)").
 * - `band`: at the reviewer's discretion up to `max`
 *   ("視狀況給分，最高1.5分", "視實際狀況加給分數，最高3.0分"); the lower bound
 *   (exclusive) is the previous level's points, or 0 for the first level.
 */
export type LevelScoring =
  | { readonly kind: 'fixed'; readonly points: Points }
  | { readonly kind: 'band'; readonly max: Points };

export interface Level {
  readonly label: LevelLabel;
  /**
   * The criterion exactly as printed, numbered sub-points separated by "\n",
   * including the points annotation at its end.
   */
  readonly text: string;
  readonly scoring: LevelScoring;
}

/**
 * A count rule, for items scored by how many partners or activities
 * ("每增加二家事業單位，酌給1.0分，最高3.0分").
 */
export interface CountRule {
  /** Units counted per step (2). */
  readonly per: number;
  /** Points per step (1.0). */
  readonly step: Points;
  /** The cap (3.0). */
  readonly max: Points;
  /** What is counted, as a noun for messages (事業單位, 活動). */
  readonly unit: string;
}

export interface Item {
  /** Stable id: section number, then item number as printed ("2.3"). */
  readonly id: string;
  /** Title as printed, without the number and the header points. */
  readonly title: string;
  /** Header points, "(3.0分)" after the title: the item's share of 可評總點數. */
  readonly points: Points;
  /** The levels the item has, in printed order (some items lack 可 or 良). */
  readonly levels: readonly Level[];
  /** Present on items scored by counting (7.2, 7.3). */
  readonly count?: CountRule;
  /** Where the source is inconsistent, what it says and what we keep. */
  readonly sourceNote?: string;
}

export interface Section {
  /** "1" … "7". */
  readonly id: string;
  /** The Chinese numeral printed before the title (一 … 七). */
  readonly numeral: string;
  /** Title as printed in 附表一. */
  readonly title: string;
  readonly weight: Weight;
  readonly items: readonly Item[];
}

export interface Rubric {
  /** Stable id of this edition, e.g. "osh-unit-113". */
  readonly id: string;
  /** The 要點 revision this edition transcribes. */
  readonly edition: string;
  /** The selection (民國 year) the edition was first used for. */
  readonly firstSelectionYear: number;
  readonly sections: readonly Section[];
}
