/**
 * Full-width digits (０–９) and the ideographic space, as typed with a
 * Chinese IME, turned into their ASCII forms.
 */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF0E]/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/\u3000/g, ' ')
    .trim();
}
