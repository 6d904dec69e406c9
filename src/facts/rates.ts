/**
 * 失能傷害頻率 (FR) and 失能傷害嚴重率 (SR) from the raw yearly figures.
 */
export interface InjuryFigures {
  /** 失能傷害次數. */
  readonly disablingInjuries: number;
  /** 總損失日數. */
  readonly daysLost: number;
  /** 總經歷工時. */
  readonly hoursWorked: number;
}

/**
 * FR = 失能傷害次數 × 10⁶ / 總經歷工時.
 * @throws RangeError when the hours are not positive or a figure is negative.
 */
export function frequencyRate(f: InjuryFigures): number {
  check(f);
  return (f.disablingInjuries * 1e6) / f.hoursWorked;
}

/**
 * SR = 總損失日數 × 10⁶ / 總經歷工時.
 * @throws RangeError when the hours are not positive or a figure is negative.
 */
export function severityRate(f: InjuryFigures): number {
  check(f);
  return (f.daysLost * 1e6) / f.hoursWorked;
}

function check(f: InjuryFigures): void {
  if (!(f.hoursWorked > 0)) throw new RangeError(`總經歷工時 must be positive, got ${f.hoursWorked}`);
  if (f.disablingInjuries < 0 || f.daysLost < 0) {
    throw new RangeError(`Injury figures must not be negative, got ${f.disablingInjuries} / ${f.daysLost}`);
  }
}
