/**
 * Whether the list of problems is open.
 */
import { useState } from 'react';

export function useSheetProblems(): { readonly expanded: boolean; readonly toggle: () => void } {
  const [expanded, setExpanded] = useState(false);
  return { expanded, toggle: () => setExpanded((x) => !x) };
}
