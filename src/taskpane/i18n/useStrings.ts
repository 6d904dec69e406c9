/**
 * The pane's language, provided by the review session and read by every
 * component: Traditional Chinese unless English has been loaded and chosen.
 */
import { createContext, useContext } from 'react';
import { loadedEnglish } from './load-locale.ts';
import type { Locale } from './shell.ts';
import { zhTW, type Strings } from './strings.ts';

export const StringsContext = createContext<Strings>(zhTW);

/** The strings of the pane's current language. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}

/** The strings for `locale`: English once loaded (see load-locale.ts), else Traditional Chinese. */
export function stringsFor(locale: Locale): Strings {
  return (locale === 'en-US' && loadedEnglish()) || zhTW;
}
