/**
 * 統一編號 (Taiwan business id) checks, with the Ministry of Finance's
 * weighted checksum.
 */
import { normalizeDigits } from './digits.ts';

const WEIGHTS = [1, 2, 1, 2, 1, 2, 4, 1] as const;

export type UbnCheck =
  | { readonly ok: true; readonly ubn: string }
  | { readonly ok: false; readonly message: string };

/**
 * Checks a 統一編號: 8 digits (full-width accepted) whose weighted digit sum
 * is divisible by 5 (the rule since 2023; the older rule's 10 is a multiple
 * of it). When the 7th digit is 7, its product 28 counts as 1 or 0, so a sum
 * one short of a multiple of 5 also passes.
 * @example checkUbn('04595257') // { ok: true, ubn: '04595257' }
 */
export function checkUbn(input: string): UbnCheck {
  const ubn = normalizeDigits(input);
  if (!/^\d{8}$/.test(ubn)) return { ok: false, message: `統一編號「${input}」應為 8 位數字。` };
  const digits = [...ubn].map(Number);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const product = digits[i]! * WEIGHTS[i]!;
    sum += Math.floor(product / 10) + (product % 10);
  }
  const valid = sum % 5 === 0 || (digits[6] === 7 && (sum + 1) % 5 === 0);
  return valid ? { ok: true, ubn } : { ok: false, message: `統一編號「${input}」檢查碼不符，請核對是否抄錯。` };
}
