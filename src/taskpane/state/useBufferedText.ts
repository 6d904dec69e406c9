/**
 * A text input whose own text is the source of truth while it has focus:
 * typing is committed after a pause and when focus leaves, never while an
 * input method is composing, and nothing the host reads back replaces what
 * is being typed.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';

export interface BufferedTextOptions {
  /** The committed value, as the input shows it. */
  readonly value: string;
  /** Text typed earlier that is not a value (kept by the store); shown instead of `value`. */
  readonly draft?: string | undefined;
  /** Called with the text after a pause and on leaving, once per distinct text. */
  readonly commit: (text: string) => void;
  readonly onEditStart?: () => void;
  readonly onEditEnd?: () => void;
  /** Quiet time before typing is committed. @default 400 */
  readonly idleMs?: number;
}

export interface BufferedText {
  /** What the input shows. */
  readonly text: string;
  /** Whether the text has been committed once (after a pause or on leaving): show its issues. */
  readonly touched: boolean;
  readonly focused: boolean;
  readonly inputProps: {
    readonly value: string;
    readonly onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
    readonly onFocus: () => void;
    readonly onBlur: () => void;
    readonly onCompositionStart: () => void;
    readonly onCompositionEnd: () => void;
  };
}

export function useBufferedText(options: BufferedTextOptions): BufferedText {
  const { value, draft, idleMs = 400 } = options;
  const [local, setLocal] = useState<string | null>(null);
  const [touched, setTouched] = useState(draft !== undefined);
  const localRef = useRef<string | null>(null);
  const lastCommitted = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // When the text last changed: the one timer running checks it when it fires.
  const changedAt = useRef(0);
  const composing = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = localRef.current;
    if (text === null) return;
    if (text !== lastCommitted.current) {
      lastCommitted.current = text;
      latest.current.commit(text);
    }
    setTouched(true);
  }, []);

  // One timer for a run of keystrokes, not one per keystroke: it fires idleMs after the first and waits again for
  // what is left of the pause after the last. Clearing and setting a timer at every keystroke was a tenth of the
  // keystroke's script at 4× CPU (bench/pane-profile-steps.ts type).
  const wait = useCallback(
    (ms: number) => {
      timer.current = setTimeout(() => {
        timer.current = undefined;
        if (composing.current) return;
        const left = changedAt.current + idleMs - Date.now();
        if (left > 0) wait(left);
        else flush();
      }, ms);
    },
    [flush, idleMs],
  );

  const schedule = useCallback(() => {
    changedAt.current = Date.now();
    if (!composing.current && timer.current === undefined) wait(idleMs);
  }, [wait, idleMs]);

  // Leaving the step (or closing the pane) while typing still commits.
  useEffect(
    () => () => {
      if (localRef.current === null) return;
      flush();
      localRef.current = null;
      latest.current.onEditEnd?.();
    },
    [flush],
  );

  const onFocus = useCallback(() => {
    if (localRef.current !== null) return;
    const start = latest.current.draft ?? latest.current.value;
    localRef.current = start;
    lastCommitted.current = start;
    setLocal(start);
    latest.current.onEditStart?.();
  }, []);

  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = event.target.value;
      if (localRef.current === null) {
        // A change without focus (autofill, a test): treat it as an edit.
        lastCommitted.current = latest.current.draft ?? latest.current.value;
        latest.current.onEditStart?.();
      }
      localRef.current = text;
      setLocal(text);
      schedule();
    },
    [schedule],
  );

  const onBlur = useCallback(() => {
    composing.current = false;
    flush();
    localRef.current = null;
    setLocal(null);
    latest.current.onEditEnd?.();
  }, [flush]);

  const onCompositionStart = useCallback(() => {
    composing.current = true;
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  const onCompositionEnd = useCallback(() => {
    composing.current = false;
    schedule();
  }, [schedule]);

  const text = local ?? draft ?? value;
  return {
    text,
    touched,
    focused: local !== null,
    inputProps: { value: text, onChange, onFocus, onBlur, onCompositionStart, onCompositionEnd },
  };
}
