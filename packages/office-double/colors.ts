/**
 * Colours as Office.js takes them ("#RRGGBB" or an HTML colour name) and
 * returns them ("#RRGGBB", upper case).
 */
import { DoubleError } from './errors.ts';

const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  lime: '#00FF00',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  cyan: '#00FFFF',
  aqua: '#00FFFF',
  magenta: '#FF00FF',
  fuchsia: '#FF00FF',
  silver: '#C0C0C0',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9',
  darkgrey: '#A9A9A9',
  maroon: '#800000',
  olive: '#808000',
  purple: '#800080',
  teal: '#008080',
  navy: '#000080',
  orange: '#FFA500',
  pink: '#FFC0CB',
  brown: '#A52A2A',
  gold: '#FFD700',
  lightblue: '#ADD8E6',
  lightgreen: '#90EE90',
  lightyellow: '#FFFFE0',
  darkblue: '#00008B',
  darkgreen: '#006400',
  darkred: '#8B0000',
};

/** "#1f4e79", "1F4E79", "red" → "#1F4E79"/"#FF0000"; anything else is InvalidArgument. */
export function normalizeColor(input: unknown, location: string): string {
  if (typeof input !== 'string') throw new DoubleError('InvalidArgument', { location });
  const s = input.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (hex) return `#${hex[1]!.toUpperCase()}`;
  const short = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  throw new DoubleError('InvalidArgument', { message: `"${input}" is not a colour Excel accepts.`, location });
}

/** "#1F4E79" → "FF1F4E79" (ExcelJS's ARGB). */
export function toArgb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/** "FF1F4E79" / "1F4E79" → "#1F4E79". */
export function fromArgb(argb: string | undefined): string | undefined {
  if (!argb) return undefined;
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  return /^[0-9a-fA-F]{6}$/.test(hex) ? `#${hex.toUpperCase()}` : undefined;
}
