/**
 * What every bench section shares: figures printed one line each, with their
 * reference and target, number formatting and small statistics.
 */

/** One measured figure, printed on one line. */
export interface Figure {
  /** Short key, "engine", "cli", "office.create". */
  readonly key: string;
  /** The figure and what it is compared with, in words. */
  readonly text: string;
  /** The target in words ("≤ 1.3× the floor"); absent where there is none. */
  readonly target?: string;
  /** Whether the target is met; absent where there is none. */
  readonly pass?: boolean;
}

/** A section that could not measure (not built yet, not implemented yet). */
export interface Skip {
  readonly key: string;
  readonly reason: string;
}

export class Report {
  readonly figures: Figure[] = [];
  readonly skips: Skip[] = [];
  readonly errors: { key: string; message: string }[] = [];

  /** @param print where lines go; `--json` sends them to stderr so that stdout holds only the JSON. */
  constructor(private readonly print: (line: string) => void = (line) => console.log(line)) {}

  figure(f: Figure): void {
    this.figures.push(f);
    const verdict = f.target === undefined ? '' : ` — target ${f.target}: ${f.pass ? 'PASS' : 'FAIL'}`;
    this.print(`${f.key}: ${f.text}${verdict}`);
  }

  skip(key: string, reason: string): void {
    this.skips.push({ key, reason });
    this.print(`${key}: skipped — ${reason}`);
  }

  error(key: string, error: unknown): void {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    this.errors.push({ key, message });
    this.print(`${key}: error — ${message}`);
  }

  /** Notes that explain a figure (profiles); not figures themselves. */
  note(key: string, text: string): void {
    this.print(`${key}: ${text}`);
  }

  summary(seconds: number): string {
    const targeted = this.figures.filter((f) => f.target !== undefined);
    const failed = targeted.filter((f) => !f.pass);
    const parts = [
      `${this.figures.length} figures`,
      `${targeted.length} with targets: ${targeted.length - failed.length} PASS, ${failed.length} FAIL${failed.length ? ` (${failed.map((f) => f.key).join(', ')})` : ''}`,
      this.skips.length ? `skipped: ${this.skips.map((s) => s.key).join(', ')}` : 'nothing skipped',
      this.errors.length ? `errors: ${this.errors.map((e) => e.key).join(', ')}` : 'no errors',
      `${seconds.toFixed(0)} s`,
    ];
    return `summary: ${parts.join('; ')}`;
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** 48200 → "48,200". */
export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A number with `digits` decimals and thousands separators. */
export function num(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Bytes as KB (1,024 bytes), one decimal. */
export function kb(bytes: number): string {
  return `${num(bytes / 1024, 1)} KB`;
}

/** Bytes in the unit that reads best. */
export function bytes(n: number): string {
  if (n < 10_000) return `${int(n)} B`;
  if (n < 10 * 1024 * 1024) return kb(n);
  return `${num(n / 1024 / 1024, 2)} MB`;
}

/** Milliseconds with sensible precision. */
export function ms(n: number): string {
  if (n < 1) return `${num(n * 1000, 0)} µs`;
  if (n < 100) return `${num(n, 1)} ms`;
  if (n < 10_000) return `${int(n)} ms`;
  return `${num(n / 1000, 1)} s`;
}

export const now = (): number => performance.now();

/** Runs `fn` until at least `minMs` have passed; returns calls per second. */
export function rate(fn: () => number, minMs: number): number {
  const start = now();
  let done = 0;
  while (now() - start < minMs) done += fn();
  return (done * 1000) / (now() - start);
}

/** Excel on the web's documented payload limit for one request or response: "5MB". */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;
export const WEB_PAYLOAD_LIMIT_SOURCE =
  'learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization ("Excel on the web has a payload size limit for requests and responses of 5MB")';
