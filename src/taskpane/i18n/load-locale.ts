/**
 * Loading the English strings, a chunk of their own. Traditional Chinese
 * needs no loading: it comes with the review session.
 */
import type { Locale } from './shell.ts';
import type { Strings } from './strings.ts';

let english: Strings | undefined;

/** Loads `locale`'s strings (once); resolves when `loadedStrings` has them. */
export function preloadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en-US' || english) return Promise.resolve();
  return import('./strings-en.ts').then((m) => {
    english = m.enUS;
  });
}

/** Whether `locale`'s strings can be used without waiting. */
export function isLocaleLoaded(locale: Locale): boolean {
  return locale !== 'en-US' || english !== undefined;
}

/** The English strings, once loaded. */
export function loadedEnglish(): Strings | undefined {
  return english;
}
