/**
 * The save status in words: unsaved fields first, then a write on its way,
 * then whether anything has been saved yet.
 */
import type { ShellStrings } from '../../i18n/shell.ts';
import type { PaneHeaderProps } from './PaneHeader.types.ts';

export function usePaneHeader(props: PaneHeaderProps, strings: ShellStrings): { readonly status: string; readonly warning: boolean } {
  const unsaved = props.unsaved ?? 0;
  if (unsaved > 0) return { status: strings.unsaved(unsaved), warning: true };
  if (props.saving) return { status: strings.saving, warning: false };
  return { status: props.saved ? strings.saved : strings.notChanged, warning: false };
}
