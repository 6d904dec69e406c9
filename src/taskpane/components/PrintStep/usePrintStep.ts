/**
 * Which sheet is being rebuilt, and which was rebuilt last. One at a time:
 * the buttons wait while the host works. 定稿 and 取消定稿 ask first: the
 * button opens a confirmation, whose first button gets the focus.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { PrintSheet, PrintStepProps } from './PrintStep.types.ts';

export type FinalAction = 'finalise' | 'unfinalise';

export interface PrintStepState {
  readonly busy: PrintSheet | undefined;
  readonly done: PrintSheet | undefined;
  readonly refresh: (show: PrintSheet) => void;
  /** The 定稿 action waiting for confirmation. */
  readonly confirming: FinalAction | undefined;
  /** The 定稿 action under way. */
  readonly finalBusy: FinalAction | undefined;
  readonly ask: (action: FinalAction) => void;
  readonly cancel: () => void;
  readonly confirm: () => void;
  readonly confirmRef: RefObject<HTMLButtonElement | null>;
}

export function usePrintStep(props: PrintStepProps): PrintStepState {
  const [busy, setBusy] = useState<PrintSheet | undefined>(undefined);
  const [done, setDone] = useState<PrintSheet | undefined>(undefined);
  const [confirming, setConfirming] = useState<FinalAction | undefined>(undefined);
  const [finalBusy, setFinalBusy] = useState<FinalAction | undefined>(undefined);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { onRefresh, onFinalise, onUnfinalise } = props;
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
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const confirm = useCallback(() => {
    const action = confirming;
    const run = action === 'finalise' ? onFinalise : action === 'unfinalise' ? onUnfinalise : undefined;
    setConfirming(undefined);
    if (!action || !run) return;
    setFinalBusy(action);
    void run().then(() => setFinalBusy(undefined));
  }, [confirming, onFinalise, onUnfinalise]);
  return {
    busy,
    done,
    refresh,
    confirming,
    finalBusy,
    ask: setConfirming,
    cancel: () => setConfirming(undefined),
    confirm,
    confirmRef,
  };
}
