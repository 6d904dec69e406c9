import type { ReactNode } from 'react';

/** A titled group of fields (a fieldset), laid out in one column at 320 px and more when wide. */
export interface FieldGroupProps {
  /** The group's title, read as the fieldset's legend. */
  readonly legend: string;
  /** A line of help under the title. @default undefined */
  readonly hint?: string | undefined;
  /** Lay the fields out in columns when there is room. @default true */
  readonly columns?: boolean;
  /** Below the first screen of its step: shown a frame after the step (ReviewPane's `Kept`). @default false */
  readonly later?: boolean;
  readonly children: ReactNode;
}
