/**
 * The pane's language, provided once by App and read by every component.
 */
import { createContext, useContext } from 'react';
import { zhTW, type Strings } from './strings.ts';

export const StringsContext = createContext<Strings>(zhTW);

/** The strings of the pane's current language. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}


