/**
 * Findings ordered as the rules are, ineligible first; unconfirmed
 * conditions counted, listed on demand.
 */
import { useState } from 'react';
import type { Finding, Unconfirmed } from '../../../eligibility/eligibility.ts';
import type { EligibilityBannerProps } from './EligibilityBanner.types.ts';

export interface EligibilityBannerState {
  readonly findings: readonly Finding[];
  readonly unconfirmed: readonly Unconfirmed[];
  readonly expanded: boolean;
  readonly toggle: () => void;
}

export function useEligibilityBanner(props: EligibilityBannerProps): EligibilityBannerState {
  const [expanded, setExpanded] = useState(props.defaultExpanded ?? false);
  const e = props.eligibility;
  const findings = e ? [...e.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ineligible' ? -1 : 1)) : [];
  return { findings, unconfirmed: e?.unconfirmed ?? [], expanded, toggle: () => setExpanded((x) => !x) };
}
