import type { CellProblem } from '../../../sheets/reader.ts';

/** What the host's last read found wrong in the sheets (hand edits), with a way to each cell. */
export interface SheetProblemsProps {
  readonly problems: readonly CellProblem[];
  /** Selects a named cell in the grid. */
  readonly onGoTo: (name: string) => void;
}
