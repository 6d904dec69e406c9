/**
 * Fluent themes for every Office theme, in a chunk of their own: a light
 * Office (the default) never downloads the dark and high-contrast tokens.
 */
import { createLightTheme, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { EXCEL_BRAND, type OfficeThemeKind } from './theme.ts';

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
