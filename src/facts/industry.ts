/**
 * 行業別: the 3-digit 小類 code of the 行業分類標準 (第9次, 100年3月).
 */
import { normalizeDigits } from './digits.ts';

export type IndustryCodeCheck =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly message: string };

/**
 * Checks a 小類 code: exactly three digits, full-width accepted; a code like
 * "建築工程業(410)" is accepted and reduced to "410".
 */
export function checkIndustryCode(input: string): IndustryCodeCheck {
  const text = normalizeDigits(input);
  const inParens = /[(（](\d{3})[)）]\s*$/.exec(text);
  const code = inParens ? inParens[1]! : text;
  if (/^\d{3}$/.test(code)) return { ok: true, code };
  return { ok: false, message: `行業別「${input}」應為 3 碼小類代碼（例如 410），依第9次行業分類標準。` };
}
