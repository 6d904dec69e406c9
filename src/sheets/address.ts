/**
 * A1 addresses, the only way descriptions point at cells.
 */

/** 1 → "A", 27 → "AA". @throws RangeError below 1. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`Column index must be a positive integer, got ${index}`);
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 27. @throws RangeError for anything but letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new RangeError(`Not a column: "${letters}"`);
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** (3, 2) → "B3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** "B3" → { row: 3, column: 2 }; "$B$3" too. @throws RangeError when it is not one cell. */
export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new RangeError(`Not a cell address: "${address}"`);
  return { row: Number(m[2]), column: columnIndex(m[1]!) };
}

/** "A1:C3" → its corners; a single cell is its own range. */
export function parseRange(range: string): { readonly start: CellRef; readonly end: CellRef } {
  const [a, b] = range.split(':');
  const start = parseCell(a!);
  return { start, end: b === undefined ? start : parseCell(b) };
}

/** "B3" → "$B$3". */
export function absolute(address: string): string {
  return address
    .split(':')
    .map((a) => {
      const { row, column } = parseCell(a);
      return `$${columnLetter(column)}$${row}`;
    })
    .join(':');
}

/** A sheet name quoted for a formula: 評分 → '評分'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
