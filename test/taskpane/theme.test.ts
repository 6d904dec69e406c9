import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, test } from 'vitest';
import { officeThemeKind, type PaneTheme } from '../../src/taskpane/theme.ts';
import { fluentTheme } from '../../src/taskpane/themes.ts';

describe('officeThemeKind', () => {
  test.each<[PaneTheme | undefined, boolean, string]>([
    [undefined, false, 'light'],
    ['dark' as never, false, 'dark'],
    [{ themeId: 0 }, false, 'black'],
    [{ themeId: 1 }, false, 'colorful'],
    [{ themeId: 2 }, false, 'darkGray'],
    [{ themeId: 3 }, false, 'light'],
    [{ themeId: 'DarkGray' }, false, 'darkGray'],
    [{ isDarkTheme: true }, false, 'darkGray'],
    [{ bodyBackgroundColor: '#262626' }, false, 'darkGray'],
    [{ bodyBackgroundColor: '#FFFFFF' }, false, 'light'],
    [{ themeId: 1 }, true, 'highContrast'],
  ])('%j (forced colours %s) → %s', (theme, forced, expected) => {
    expect(officeThemeKind(theme, forced)).toBe(expected);
  });
});

describe('fluentTheme', () => {
  test('maps Office themes to Fluent themes', () => {
    expect(fluentTheme('light')).toBe(webLightTheme);
    expect(fluentTheme('darkGray')).toBe(webDarkTheme);
    expect(fluentTheme('black')).toBe(webDarkTheme);
    expect(fluentTheme('highContrast')).toBe(teamsHighContrastTheme);
  });

  test('Colorful is light with Excel green as the brand', () => {
    const colorful = fluentTheme('colorful');
    expect(colorful.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(colorful.colorBrandBackground).toBe('#107C41');
  });
});
