/** One step of the guided form. */
export interface Step {
  readonly id: string;
  /** Short label shown on the tab ("基本資料", "一"). */
  readonly label: string;
  /** Full name, the tab's accessible name and tooltip ("一、推動安全衛生政策及組織運作。"). */
  readonly title: string;
  /** Items still open in the step; shown as a counter. @default 0 */
  readonly open?: number;
  /** The accessible name when items are open ("一、…（尚有 4 項未評）"). @default title */
  readonly openTitle?: string;
}

/** The steps as tabs that wrap onto more rows in a narrow pane. */
export interface StepNavProps {
  readonly steps: readonly Step[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
  /** The tab list's accessible name. */
  readonly label: string;
}
