/**
 * The pane's languages and the few strings its shell shows before the rest
 * has loaded: the title, the language switch, "checking the workbook" and
 * the save status. Everything else is in strings.ts (Traditional Chinese)
 * and strings-en.ts, which load with the review session.
 */

export type Locale = 'zh-TW' | 'en-US';

export const LOCALES: readonly Locale[] = ['zh-TW', 'en-US'];

/** The BCP 47 tag for the `lang` attribute. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { 'zh-TW': 'zh-Hant-TW', 'en-US': 'en-US' };

/**
 * The pane's language for Office's display language ("zh-TW", "en-US",
 * "zh-HK" …): English for English, Traditional Chinese otherwise.
 */
export function resolveLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-TW';
}

export interface ShellStrings {
  readonly locale: Locale;
  readonly appTitle: string;
  /** The other language, as named in itself. */
  readonly otherLanguage: { readonly locale: Locale; readonly name: string; readonly lang: string };
  readonly switchLanguage: (name: string) => string;
  readonly checking: string;
  readonly loading: string;
  /** The pane's form could not be downloaded (the network). */
  readonly loadFailed: string;
  readonly tryAgain: string;
  readonly saving: string;
  readonly saved: string;
  readonly notChanged: string;
  readonly unsaved: (n: number) => string;
}

export const SHELL_STRINGS: Readonly<Record<Locale, ShellStrings>> = {
  'zh-TW': {
    locale: 'zh-TW',
    appTitle: '優良單位初審',
    otherLanguage: { locale: 'en-US', name: 'English', lang: 'en' },
    switchLanguage: (name) => `切換語言：${name}`,
    checking: '正在檢查活頁簿…',
    loading: '正在讀取初審資料…',
    loadFailed: '無法載入初審表單，請確認網路連線後再試一次。',
    tryAgain: '再試一次',
    saving: '儲存中…',
    saved: '已寫入活頁簿（請記得存檔）',
    notChanged: '所有變更都會立即寫入活頁簿',
    unsaved: (n) => `${n} 個欄位未能儲存`,
  },
  'en-US': {
    locale: 'en-US',
    appTitle: 'OSH unit initial review',
    otherLanguage: { locale: 'zh-TW', name: '中文', lang: 'zh-Hant-TW' },
    switchLanguage: (name) => `Switch language: ${name}`,
    checking: 'Checking the workbook…',
    loading: 'Reading the review…',
    loadFailed: 'The review form could not be loaded. Check the network connection and try again.',
    tryAgain: 'Try again',
    saving: 'Saving…',
    saved: 'Written to the workbook (remember to save the file)',
    notChanged: 'Every change is written to the workbook at once',
    unsaved: (n) => `${n} field${n === 1 ? '' : 's'} not saved`,
  },
};
