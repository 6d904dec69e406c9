/**
 * The meta sheet's names and cells (meta.ts builds the sheet). On their own
 * so that what reads them (the adapter's first look at the workbook, in the
 * pane's first paint) does not bring the sheet builder along.
 */
export const META_NAMES = {
  rubric: 'meta_rubric',
  layout: 'meta_layout_version',
  app: 'meta_app',
  finalAt: 'meta_final_at',
  finalDigest: 'meta_final_digest',
  formulas: 'meta_formula_digest',
} as const;
export const META_APP = 'osh-review';

/**
 * Where the 定稿 record lives on the meta sheet. Rows 7 and 8 were blank in
 * every earlier workbook, so a workbook made before 定稿 existed can take the
 * names at the same cells.
 */
export const FINAL_CELLS = { [META_NAMES.finalAt]: 'B7', [META_NAMES.finalDigest]: 'B8' } as const;

/**
 * Where the formula fingerprint lives: row 9 was blank in every earlier
 * workbook, which then has no such name (the reader checks those against
 * the layout itself).
 */
export const FORMULA_DIGEST_CELL = 'B9';
