/**
 * Fluent's tab selection event, narrowed to a step id.
 */
import { useCallback } from 'react';
import type { SelectTabData, SelectTabEvent } from '@fluentui/react-components';
import type { StepNavProps } from './StepNav.types.ts';

export function useStepNav(props: StepNavProps) {
  const { onSelect } = props;
  const onTabSelect = useCallback((_: SelectTabEvent, data: SelectTabData) => onSelect(String(data.value)), [onSelect]);
  return { onTabSelect };
}
