/**
 * The shell's strings (shell.ts), provided by App: what the header and the
 * first spinner need before the rest of the pane has loaded.
 */
import { createContext, useContext } from 'react';
import { SHELL_STRINGS, type ShellStrings } from './shell.ts';

export const ShellStringsContext = createContext<ShellStrings>(SHELL_STRINGS['zh-TW']);

export function useShellStrings(): ShellStrings {
  return useContext(ShellStringsContext);
}
