/**
 * What the tools are doing: one at a time, loading their modules on first
 * use, reading files one by one with progress, then adding the sheets and
 * saying what was built or what is wrong with which file.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { findQuota } from '../../../ranking/quota.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { FileReport } from '../../tools/file-problems.ts';
import type { SourceFile } from '../../tools/review-files.ts';
import type { ToolId, ToolsPaneProps } from './ToolsPane.types.ts';

export type ToolRun =
  | { readonly tool: ToolId; readonly phase: 'loading' }
  | { readonly tool: ToolId; readonly phase: 'reading'; readonly done: number; readonly total: number; readonly name?: string }
  | { readonly tool: ToolId; readonly phase: 'writing' }
  | {
      readonly tool: ToolId;
      readonly phase: 'done';
      readonly message: string;
      /** Lines under the message (the candidates above the cut line). */
      readonly details: readonly string[];
      readonly renamed: readonly string[];
      /** Files left out (排序 goes on without them). */
      readonly files: readonly FileReport[];
    }
  | {
      readonly tool: ToolId;
      readonly phase: 'failed';
      readonly title: string;
      readonly message?: string;
      readonly refusals: readonly string[];
      readonly files: readonly FileReport[];
    };

export interface ToolsPaneState {
  readonly run: ToolRun | undefined;
  readonly busy: boolean;
  readonly unit: string;
  readonly setUnit: (unit: string) => void;
  readonly unitError: string | undefined;
  readonly unitRef: RefObject<HTMLSelectElement | null>;
  /** Before the 排序 file picker opens: false (and focus on the field) while no 初審單位 is chosen. */
  readonly checkUnit: () => boolean;
  readonly pickFiles: (tool: 'merge' | 'rank', files: readonly File[]) => void;
  readonly addForm: (tool: 'annex2' | 'annex4') => void;
  /** 附表二 or 附表四 filled from a picked file. */
  readonly pickForm: (tool: 'annex2' | 'annex4', file: File) => void;
}

/** A picked file, read only when its turn comes. */
function sourceOf(file: File): SourceFile {
  return { name: file.name, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

function preselect(unit: string | undefined): string {
  if (!unit) return '';
  const quota = findQuota(unit);
  return quota.ok ? quota.unit : '';
}

export function useToolsPane(props: ToolsPaneProps, strings: Strings): ToolsPaneState {
  const { onAddSheets } = props;
  const [run, setRun] = useState<ToolRun | undefined>(undefined);
  const [unit, setUnitState] = useState(() => preselect(props.reviewUnit));
  const [unitError, setUnitError] = useState<string | undefined>(undefined);
  const unitRef = useRef<HTMLSelectElement>(null);
  const busy = run !== undefined && run.phase !== 'done' && run.phase !== 'failed';

  const setUnit = useCallback((value: string) => {
    setUnitState(value);
    if (value) setUnitError(undefined);
  }, []);

  const checkUnit = useCallback(() => {
    if (unit) return true;
    setUnitError(strings.rankUnitRequired);
    unitRef.current?.focus();
    return false;
  }, [unit, strings]);

  /** Adds the sheets and turns the host's answer into the tool's outcome. */
  const add = useCallback(
    async (tool: ToolId, built: { description: Parameters<ToolsPaneProps['onAddSheets']>[0]; show: string }, done: Omit<Extract<ToolRun, { phase: 'done' }>, 'tool' | 'phase' | 'renamed'>) => {
      setRun({ tool, phase: 'writing' });
      const result = await onAddSheets(built.description, built.show);
      if (result.ok) {
        setRun({ tool, phase: 'done', ...done, renamed: result.value.renamed });
        return;
      }
      const clash = result.code === 'ItemAlreadyExists' && tool !== 'rank' ? strings.toolClash[tool] : undefined;
      setRun({ tool, phase: 'failed', title: strings.toolFailedTitle, message: clash ?? result.message, refusals: [], files: [] });
    },
    [onAddSheets, strings],
  );

  const guarded = useCallback(
    (tool: ToolId, work: () => Promise<void>) => {
      if (busy) return;
      setRun({ tool, phase: 'loading' });
      work().catch((error: unknown) => {
        setRun({ tool, phase: 'failed', title: strings.toolFailedTitle, message: strings.toolUnexpected((error as Error)?.message ?? String(error)), refusals: [], files: [] });
      });
    },
    [busy, strings],
  );

  const pickFiles = useCallback(
    (tool: 'merge' | 'rank', files: readonly File[]) => {
      guarded(tool, async () => {
        // ExcelJS, the merge, the ranking and the sheet builders arrive only now.
        const [{ mergeFiles, rankFiles }, { wordProblems }] = await Promise.all([import('../../tools/review-files.ts'), import('../../tools/file-problems.ts')]);
        const sources = files.map(sourceOf);
        setRun({ tool, phase: 'reading', done: 0, total: sources.length });
        const onProgress = (p: { done: number; total: number; name: string }) => setRun({ tool, phase: 'reading', ...p });
        if (tool === 'merge') {
          const outcome = await mergeFiles(sources, onProgress);
          if (!outcome.ok) {
            const worded = wordProblems(outcome.problems, strings.problemWords);
            const refusals = worded.files.length > 0 ? [strings.mergeFilesRefused, ...worded.general] : worded.general;
            setRun({ tool, phase: 'failed', title: strings.mergeRefusedTitle, refusals, files: worded.files });
            return;
          }
          const s = outcome.summary;
          const message = strings.mergeDone({ candidate: s.candidate, members: s.members.length, total: s.total.toFixed(2), complete: s.complete, discuss: s.discuss, conflicts: s.conflicts.length });
          await add(tool, outcome, { message, details: [], files: [] });
        } else {
          const outcome = await rankFiles(sources, unit, onProgress);
          if (!outcome.ok) {
            const worded = wordProblems(outcome.problems, strings.problemWords);
            setRun({ tool, phase: 'failed', title: strings.rankRefusedTitle, refusals: worded.general, files: worded.files });
            return;
          }
          const s = outcome.summary;
          const leftOut = wordProblems(outcome.leftOut.flatMap((l) => l.problems), strings.problemWords).files;
          await add(tool, outcome, { message: strings.rankDone(s), details: [...s.top.map(strings.rankTop), ...(s.tie ? [strings.rankTie(s.tie)] : [])], files: leftOut });
        }
      });
    },
    [guarded, add, unit, strings],
  );

  const addForm = useCallback(
    (tool: 'annex2' | 'annex4') => {
      guarded(tool, async () => {
        const forms = await import('../../tools/forms.ts');
        const built = tool === 'annex2' ? forms.annex2Sheets() : forms.annex4Sheets();
        await add(tool, built, { message: tool === 'annex2' ? strings.annex2Done : strings.annex4Done, details: [], files: [] });
      });
    },
    [guarded, add, strings],
  );

  const pickForm = useCallback(
    (tool: 'annex2' | 'annex4', file: File) => {
      guarded(tool, async () => {
        // The readers (ExcelJS for a workbook) arrive only now.
        const [forms, { wordProblems }] = await Promise.all([import('../../tools/forms.ts'), import('../../tools/file-problems.ts')]);
        setRun({ tool, phase: 'reading', done: 0, total: 1 });
        const refuse = (problems: Parameters<typeof wordProblems>[0]) => {
          const worded = wordProblems(problems, strings.problemWords);
          setRun({ tool, phase: 'failed', title: strings.formFromFileRefusedTitle, refusals: worded.general, files: worded.files });
        };
        if (tool === 'annex2') {
          const outcome = await forms.annex2SheetsFrom(sourceOf(file));
          if (!outcome.ok) return refuse(outcome.problems);
          const errors = outcome.findings.filter((f) => f.severity === 'error').length;
          const message = strings.annex2FromDone({ file: file.name, errors, warnings: outcome.findings.length - errors });
          await add(tool, outcome, { message, details: outcome.findings.map(strings.personnelFinding), files: [] });
        } else {
          const outcome = await forms.annex4SheetsFrom(sourceOf(file));
          if (!outcome.ok) return refuse(outcome.problems);
          await add(tool, outcome, { message: strings.annex4FromDone({ file: file.name, rows: outcome.rows }), details: [], files: [] });
        }
      });
    },
    [guarded, add, strings],
  );

  return { run, busy, unit, setUnit, unitError, unitRef, checkUnit, pickFiles, addForm, pickForm };
}
