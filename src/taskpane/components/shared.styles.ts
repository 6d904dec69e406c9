/**
 * Style pieces every part of the pane draws the same way, in one place so
 * that a change (a WCAG fix, a token) reaches them all.
 */
import { tokens } from '@fluentui/react-components';

/** Out of sight, still read by screen readers (the clip pattern): hidden labels, live regions. */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/**
 * A 2 px outline in the focus colour (WCAG 2.4.7, 2.4.13), for the controls
 * the pane draws itself and the inputs whose own focus is only a line.
 * @param offset gap between the control and the outline @default 1 px
 */
export function focusRing(offset: string = tokens.strokeWidthThin): { outline: string; outlineOffset: string } {
  return { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: offset };
}
