/**
 * A formula the evaluator cannot give Excel's value for: an unknown function,
 * a format code, a circular reference. The cell is then left without a
 * cached result (the writer asks Excel to recalculate), never given a guess.
 */
export class UnsupportedFormulaError extends Error {
  override readonly name = 'UnsupportedFormulaError';
}
