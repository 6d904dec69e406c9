import type { HostResult } from '../../../host/review-host.ts';
import type { WorkbookDescription } from '../../../sheets/types.ts';

/** The tools of the pane that add sheets: 小組合議, 排序, 附表二, 附表四. */
export type ToolId = 'merge' | 'rank' | 'annex2' | 'annex4';

/**
 * 彙整與其他表單: merge the panel members' reviews, rank candidates against
 * 附表三, add 附表二 or 附表四 — each into the open workbook. Load it with
 * `React.lazy`: it and the modules it imports when used (ExcelJS, the
 * merge, the ranking, the sheet builders) stay out of the pane's first paint.
 */
export interface ToolsPaneProps {
  /** Adds described sheets to the open workbook (host.addSheets). */
  readonly onAddSheets: (description: WorkbookDescription, show?: string) => Promise<HostResult<{ readonly renamed: readonly string[] }>>;
  /**
   * The open workbook holds a review: 小組合議 builds a complete review of its
   * own, so it is offered only with an explanation. @default false
   */
  readonly hasReview?: boolean;
  /** Opens the review a merge has just built (the start screen re-checks the workbook); no button without it. */
  readonly onOpenReview?: () => void;
  /** The 初審單位 chosen first for 排序, when it names one of 附表三 (the open review's own). */
  readonly reviewUnit?: string;
}
