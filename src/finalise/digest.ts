/**
 * 定稿 (finalisation): a SHA-256 digest of every input of a review workbook,
 * recorded on the meta sheet, so a later reader can tell whether the inputs
 * are still what they were when the review was finalised.
 *
 * The digest is taken over a canonical text of the cells, read by defined
 * name through the same `NameLookup` the review reader uses, so ExcelJS and
 * Office.js give the same digest for the same workbook. It is evidence of
 * accidental or naive edits only: anyone holding the file can recompute it
 * (docs/security.md says so).
 */
import { DEFAULT_RUBRIC, findRubric } from '../rubric/registry.ts';
import type { RawCell } from '../sheets/fields.ts';
import { reviewInputNames } from '../sheets/finalise.ts';
import { META_NAMES } from '../sheets/meta.ts';
import type { NameLookup } from '../sheets/reader.ts';

/**
 * Bumped whenever the canonical text changes, so old digests are not misread.
 * /2 adds the fingerprint of the record formulas; a workbook finalised under
 * /1 still reads as intact when its inputs match (its formulas are then
 * checked against the layout, as every workbook's are).
 */
export const DIGEST_SCHEME = 'osh-review-final/2';
const DIGEST_SCHEME_1 = 'osh-review-final/1';
/** How a digest is written in its cell: "sha256:" and 64 hex digits. */
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** Where a workbook stands with 定稿. */
export type Finalisation =
  /** No digest recorded: the review can be edited. */
  | { readonly state: 'draft' }
  /** Finalised at `at` (ISO local date-time), inputs as they were then. */
  | { readonly state: 'intact'; readonly at: string }
  /**
   * Finalised at `at`, but the inputs or formulas now differ from what was
   * finalised ('changed'), the recorded digest is not one this tool wrote
   * ('unreadable'), or the record itself is gone while the workbook still
   * shows it was finalised ('removed': `at` is "" when that is gone too).
   */
  | { readonly state: 'edited'; readonly at: string; readonly reason: 'changed' | 'unreadable' | 'removed' };

/** One cell in the canonical text: dates as Excel serials, numbers to Excel's 15 digits. */
export type CanonicalCell = string | number | boolean | null | { readonly error: string };

/** Days from Excel's day 0 (1899-12-30, the 1900 system) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A cell value as both hosts agree on it: ExcelJS gives a Date where
 * Office.js gives the serial number, either gives "" or null for blank, and a
 * number re-saved by another program may differ past Excel's 15 significant
 * digits.
 */
export function canonicalCell(raw: RawCell): CanonicalCell {
  if (raw === null || raw === undefined || raw === '') return null;
  if (raw instanceof Date) return canonicalNumber(raw.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL);
  if (typeof raw === 'number') return canonicalNumber(raw);
  if (typeof raw === 'object') return { error: raw.error };
  return raw;
}

function canonicalNumber(n: number): number {
  if (!Number.isFinite(n)) return n;
  const v = Number(n.toPrecision(15));
  return v === 0 ? 0 : v; // -0 and 0 are one value in a cell
}

/** The rubric a workbook names on its meta sheet; the current one when it names none we know. */
function rubricOf(lookup: NameLookup) {
  const id = lookup(META_NAMES.rubric)?.value;
  return (typeof id === 'string' && findRubric(id)) || DEFAULT_RUBRIC;
}

/** The names a digest covers: every input, the meta sheet's identity and the time of 定稿. */
export function digestNames(lookup: NameLookup): string[] {
  return [...reviewInputNames(rubricOf(lookup)), META_NAMES.app, META_NAMES.rubric, META_NAMES.layout, META_NAMES.finalAt].sort();
}

/**
 * The canonical text a digest is taken over: JSON with sorted keys, one
 * entry per covered name that exists (a deleted name drops its key, which
 * changes the digest too).
 * @param at the 定稿 time to use instead of the cell's (when recording one)
 */
export function canonicalText(lookup: NameLookup, at?: string, scheme: string = DIGEST_SCHEME): string {
  const cells: Record<string, CanonicalCell> = {};
  for (const name of digestNames(lookup)) {
    if (name === META_NAMES.finalAt && at !== undefined) {
      cells[name] = at;
      continue;
    }
    const cell = lookup(name);
    if (cell) cells[name] = canonicalCell(cell.value);
  }
  // Keys are inserted sorted and none is an array index, so JSON.stringify keeps the order.
  if (scheme === DIGEST_SCHEME_1) return JSON.stringify({ scheme, cells });
  return JSON.stringify({ scheme, cells, formulas: lookup.formulaCheck?.fingerprint(lookup, rubricOf(lookup)) ?? null });
}

/** SHA-256 of text as "sha256:" + hex, through Web Crypto (Node 20+, every Office webview that runs the pane). */
export async function sha256(text: string): Promise<string> {
  const bytes = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${[...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The digest of a workbook's inputs.
 * @param at the 定稿 time being recorded; by default the one in the workbook
 * @example await inputsDigest(exceljsLookup(wb))
 */
export function inputsDigest(lookup: NameLookup, at?: string, scheme: string = DIGEST_SCHEME): Promise<string> {
  return sha256(canonicalText(lookup, at, scheme));
}

function text(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'object' && !(raw instanceof Date)) return raw.error;
  return raw instanceof Date ? raw.toISOString() : String(raw);
}

/**
 * Whether a workbook without a digest shows it was finalised all the same:
 * a 定稿 time, or most inputs locked (定稿 locks them all; a new workbook
 * leaves them all unlocked, and a few cells pasted over with a locked
 * format do not make a majority). Deleting the digest cell, its name or the
 * whole meta sheet must not turn a finalised workbook back into a draft.
 */
function showsFinalised(lookup: NameLookup): boolean {
  if (text(lookup(META_NAMES.finalAt)?.value).trim() !== '') return true;
  const inputs = reviewInputNames(rubricOf(lookup)).flatMap((name) => lookup(name) ?? []);
  const locked = inputs.filter((cell) => cell.locked === true).length;
  return inputs.length > 0 && locked * 2 > inputs.length;
}

/** Whether the workbook is finalised and, if so, whether its inputs and formulas still match the digest. */
export async function readFinalisation(lookup: NameLookup): Promise<Finalisation> {
  const recorded = text(lookup(META_NAMES.finalDigest)?.value).trim();
  const at = text(lookup(META_NAMES.finalAt)?.value).trim();
  if (recorded === '') return showsFinalised(lookup) ? { state: 'edited', at, reason: 'removed' } : { state: 'draft' };
  if (!DIGEST_PATTERN.test(recorded)) return { state: 'edited', at, reason: 'unreadable' };
  const same = (await inputsDigest(lookup)) === recorded || (await inputsDigest(lookup, undefined, DIGEST_SCHEME_1)) === recorded;
  return same && (lookup.formulaCheck?.problems(lookup, rubricOf(lookup)).length ?? 0) === 0 ? { state: 'intact', at } : { state: 'edited', at, reason: 'changed' };
}

/** The record to write when finalising now: the time (ISO local, with its offset) and the digest that includes it. */
export async function finalRecord(lookup: NameLookup, now: Date): Promise<{ readonly at: string; readonly digest: string }> {
  const at = localDateTime(now);
  return { at, digest: await inputsDigest(lookup, at) };
}

/** 2024-04-15T14:03:22+08:00: local wall-clock time with its UTC offset. */
export function localDateTime(date: Date): string {
  const p = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const offset = -date.getTimezoneOffset();
  const zone = `${offset >= 0 ? '+' : '-'}${p(Math.trunc(offset / 60))}:${p(offset % 60)}`;
  return `${p(date.getFullYear(), 4)}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}${zone}`;
}

/** "2024-04-15T14:03:22+08:00" → "2024-04-15 14:03", for messages; anything else as it is. */
export function displayDateTime(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]}` : at;
}
