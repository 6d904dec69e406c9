/**
 * Pieces of the formulas the printed forms are built from: how text goes
 * into a formula, a tick box, a name's text. Every form uses them.
 */

/** A formula string literal: `str('a"b')` is `"a""b"`. */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** "☑"/"☐" by `condition`, then `text`. */
export function tick(condition: string, text: string): string {
  return `IF(${condition},"☑","☐")&${str(` ${text}`)}`;
}

/** Text of a name, "" for a blank cell (a bare reference to a blank shows 0). */
export const textOf = (name: string): string => `${name}&""`;
