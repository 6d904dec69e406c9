import type { Locale } from '../../i18n/shell.ts';

/** The pane's header: title, the candidate, a preview badge, the save status and the language switch. */
export interface PaneHeaderProps {
  /** The candidate unit's name, when known. @default undefined */
  readonly subtitle?: string | undefined;
  /** Show the "預覽（非 Excel）" badge. @default false */
  readonly isPreview?: boolean;
  /** Writes are on their way. @default false */
  readonly saving?: boolean;
  /** A write has reached the workbook. @default false */
  readonly saved?: boolean;
  /** Fields whose write failed. @default 0 */
  readonly unsaved?: number;
  /** Hide the save status (before there is a review). @default false */
  readonly hideStatus?: boolean;
  readonly onSwitchLanguage: (locale: Locale) => void;
}
