/**
 * The Office theme, as the entry point reads it from
 * `Office.context.officeTheme`, mapped to a Fluent UI theme. Only the light
 * theme is in the first chunk; the others (themes.ts) load when needed, and
 * the entry point loads them before the first paint when Office is dark.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { OfficeThemeKind } from './themes.ts';

/** The parts of `Office.OfficeTheme` the pane reads (no Office.js types here). */
export interface OfficeThemeInfo {
  /** `Office.ThemeId`: 0 Black, 1 Colorful, 2 DarkGray, 3 White, or its name. */
  readonly themeId?: number | string;
  readonly isDarkTheme?: boolean;
  /** "#RRGGBB". */
  readonly bodyBackgroundColor?: string;
}

/** A theme kind, or Office's own theme object. */
export type PaneTheme = OfficeThemeKind | OfficeThemeInfo;

const THEME_IDS: Readonly<Record<string, OfficeThemeKind>> = {
  '0': 'black',
  '1': 'colorful',
  '2': 'darkGray',
  '3': 'light',
  black: 'black',
  colorful: 'colorful',
  darkgray: 'darkGray',
  white: 'light',
};

/** Relative luminance of "#RRGGBB", or undefined when it is not one. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Which Office theme `theme` is. High contrast wins when the system forces
 * colours; without any information, the light theme.
 * @example officeThemeKind({ themeId: 2 }) // 'darkGray'
 */
export function officeThemeKind(theme: PaneTheme | undefined, forcedColors = false): OfficeThemeKind {
  if (forcedColors) return 'highContrast';
  if (theme === undefined) return 'light';
  if (typeof theme === 'string') return theme;
  if (theme.themeId !== undefined) {
    const kind = THEME_IDS[String(theme.themeId).toLowerCase()];
    if (kind) return kind;
  }
  if (theme.isDarkTheme !== undefined) return theme.isDarkTheme ? 'darkGray' : 'light';
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.2 ? 'darkGray' : 'light';
}


type ThemeOf = (kind: OfficeThemeKind) => Theme;
let loadedThemes: ThemeOf | undefined;

/** Loads the themes other than light (once); resolves when `themeFor` can give them. */
export function preloadThemes(): Promise<void> {
  return import('./themes.ts').then((m) => {
    loadedThemes = m.fluentTheme;
  });
}

/** The Fluent theme for `kind` if it is loaded; light until the others are. */
export function themeFor(kind: OfficeThemeKind): Theme {
  return kind === 'light' || !loadedThemes ? webLightTheme : loadedThemes(kind);
}

/** The Fluent theme for `kind`, loading the other themes when first asked for one. */
export function useFluentTheme(kind: OfficeThemeKind): Theme {
  const [, setLoaded] = useState(() => loadedThemes);
  useEffect(() => {
    if (kind === 'light' || loadedThemes) return;
    let live = true;
    preloadThemes().then(
      () => live && setLoaded(() => loadedThemes),
      () => undefined, // the light theme stays; the pane works the same
    );
    return () => {
      live = false;
    };
  }, [kind]);
  return themeFor(kind);
}

const FORCED_COLORS = '(forced-colors: active)';

/** Whether the system forces colours (Windows high contrast). */
export function prefersForcedColors(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(FORCED_COLORS).matches;
}

/** Calls `onChange` when forced colours are turned on or off; returns the unsubscribe function. */
export function subscribeForcedColors(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(FORCED_COLORS);
  query.addEventListener?.('change', onChange);
  return () => query.removeEventListener?.('change', onChange);
}
