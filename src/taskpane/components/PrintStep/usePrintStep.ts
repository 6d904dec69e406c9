/**
 * Which sheet is being rebuilt, and which was rebuilt last. One at a time:
 * the buttons wait while the host works.
 */
import { useCallback, useState } from 'react';
import type { PrintSheet, PrintStepProps } from './PrintStep.types.ts';

export interface PrintStepState {
  readonly busy: PrintSheet | undefined;
  readonly done: PrintSheet | undefined;
  readonly refresh: (show: PrintSheet) => void;
}

export function usePrintStep(props: PrintStepProps): PrintStepState {
  const [busy, setBusy] = useState<PrintSheet | undefined>(undefined);
  const [done, setDone] = useState<PrintSheet | undefined>(undefined);
  const { onRefresh } = props;
  const refresh = useCallback(
    (show: PrintSheet) => {
      setBusy(show);
      setDone(undefined);
      void onRefresh(show).then((result) => {
        setBusy(undefined);
        if (result.ok) setDone(show);
      });
    },
    [onRefresh],
  );
  return { busy, done, refresh };
}
