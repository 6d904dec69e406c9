/**
 * Fluent themes for every Office theme, in a chunk of their own: a light
 * Office (the default) never downloads the dark and high-contrast tokens.
 */
import { createLightTheme, teamsHighContrastTheme, webDarkTheme, webLightTheme, type BrandVariants, type Theme } from '@fluentui/react-components';

/**
 * Office's themes: White (light), Colorful, Dark Gray, Black, and the
 * system's high-contrast mode (which Office does not report; the pane sees
 * it as `forced-colors`).
 */
export type OfficeThemeKind = 'light' | 'colorful' | 'darkGray' | 'black' | 'highContrast';

/** Excel's green as a Fluent brand ramp (80 is Excel's #107C41). */
export const EXCEL_BRAND: BrandVariants = {
  10: '#03130A',
  20: '#062314',
  30: '#09341D',
  40: '#0B4526',
  50: '#0D5630',
  60: '#0E6739',
  70: '#0F733E',
  80: '#107C41',
  90: '#2E9158',
  100: '#4AA271',
  110: '#66B389',
  120: '#82C3A1',
  130: '#9ED2B8',
  140: '#BADFCC',
  150: '#D5ECE0',
  160: '#EEF7F2',
};


const colorfulTheme: Theme = createLightTheme(EXCEL_BRAND);

/** The Fluent theme for an Office theme. */
export function fluentTheme(kind: OfficeThemeKind): Theme {
  switch (kind) {
    case 'light':
      return webLightTheme;
    case 'colorful':
      return colorfulTheme;
    case 'darkGray':
    case 'black':
      return webDarkTheme;
    case 'highContrast':
      return teamsHighContrastTheme;
  }
}
