/**
 * 彙整與其他表單: 合併委員評分（小組合議）, 排序（附表三）, 附表二 and 附表四
 * (blank, or filled from a file), each added to the open workbook. Files are
 * picked with the browser's own picker behind a Fluent button, read one by
 * one with progress, and every file's problems are listed by name. Loaded
 * with `React.lazy`.
 */
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Select, Spinner, Text } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import { REVIEW_UNITS } from '../../../ranking/quota.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { FileReport } from '../../tools/file-problems.ts';
import type { ToolId, ToolsPaneProps } from './ToolsPane.types.ts';
import { useToolsPane, type ToolRun } from './useToolsPane.ts';
import { useToolsPaneStyles } from './useToolsPaneStyles.styles.ts';

/** What the picker offers: .xlsx workbooks. */
export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the 附表二 picker offers: a personnel file (.json) or a 附表二 workbook. */
export const PERSONNEL_ACCEPT = `.json,application/json,${XLSX_ACCEPT}`;

interface FilePickButtonProps {
  readonly tool: ToolId;
  readonly label: string;
  readonly disabled: boolean;
  readonly className: string;
  /** @default 'primary' */
  readonly appearance?: 'primary' | 'secondary';
  /** @default XLSX_ACCEPT */
  readonly accept?: string;
  /** Whether several files may be picked at once. @default true */
  readonly multiple?: boolean;
  /** The id of text that says which files to pick. */
  readonly describedBy?: string;
  /** Runs before the picker opens; false keeps it closed. */
  readonly beforeOpen?: () => boolean;
  readonly onFiles: (files: readonly File[]) => void;
}

/** A Fluent button that opens the browser's file picker (the input itself stays hidden and out of the tab order). */
function FilePickButton(props: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        className={props.className}
        appearance={props.appearance ?? 'primary'}
        disabledFocusable={props.disabled}
        aria-describedby={props.describedBy}
        onClick={() => {
          if (props.beforeOpen && !props.beforeOpen()) return;
          input.current?.click();
        }}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        multiple={props.multiple ?? true}
        accept={props.accept ?? XLSX_ACCEPT}
        hidden
        tabIndex={-1}
        data-tool={props.tool}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so that choosing the same files again (after fixing one) runs again.
          event.currentTarget.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}

function FileProblems({ files, className, fileClass }: { files: readonly FileReport[]; className: string; fileClass: string }) {
  return (
    <ul className={className}>
      {files.map((f) => (
        <li key={f.file}>
          <span className={fileClass}>{f.file}</span>
          <ul className={className}>
            {f.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

interface StatusProps {
  readonly run: ToolRun | undefined;
  readonly tool: ToolId;
  readonly onOpenReview?: (() => void) | undefined;
}

/** The status of one tool: progress while it works, then what it built or why it could not. */
function ToolStatus({ run, tool, onOpenReview }: StatusProps) {
  const strings = useStrings();
  const styles = useToolsPaneStyles();
  if (!run || run.tool !== tool) return null;
  switch (run.phase) {
    case 'loading':
      return <Spinner size="tiny" labelPosition="after" label={strings.toolLoading} />;
    case 'writing':
      return <Spinner size="tiny" labelPosition="after" label={strings.writingSheets} />;
    case 'reading': {
      const text = run.name === undefined ? strings.readingFiles(run.total) : strings.readProgress(run.done, run.total, run.name);
      return (
        <Field validationMessage={text} validationState="none">
          <ProgressBar value={run.done} max={Math.max(run.total, 1)} aria-label={strings.readProgressLabel} aria-valuetext={text} />
        </Field>
      );
    }
    case 'done':
      return (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {run.message}
              {run.renamed.length > 0 && ` ${strings.renamed(run.renamed)}`}
              {run.details.length > 0 && (
                <ul className={styles.list}>
                  {run.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
            {tool === 'merge' && onOpenReview && (
              <MessageBarActions>
                <Button size="small" onClick={onOpenReview}>
                  {strings.openMerged}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
          {run.files.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {strings.rankLeftOut(run.files.length)}
                <FileProblems files={run.files} className={styles.list} fileClass={styles.file} />
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{run.title}</MessageBarTitle>
            {run.message}
            {run.refusals.length > 0 && (
              <ul className={styles.list}>
                {run.refusals.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            )}
            {run.files.length > 0 && (
              <>
                <Text block weight="semibold">
                  {strings.fileProblemsTitle(run.files.length)}
                </Text>
                <FileProblems files={run.files} className={styles.list} fileClass={styles.file} />
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

interface FormFromFileProps {
  readonly form: 'annex2' | 'annex4';
  readonly view: ReturnType<typeof useToolsPane>;
  /** What the form is and which file fills it. */
  readonly intro: string;
  /** The blank form's button, and the from-a-file button. */
  readonly add: string;
  readonly pick: string;
  /** @default XLSX_ACCEPT */
  readonly accept?: string;
}

/** One of 其他表單: its words, a blank-form button, a fill-from-a-file button and the form's status. */
function FormFromFile({ form, view, intro, add, pick, accept }: FormFromFileProps) {
  const styles = useToolsPaneStyles();
  const introId = useId();
  return (
    <>
      <Text block id={introId}>
        {intro}
      </Text>
      <div className={styles.buttons}>
        <Button className={styles.button} disabledFocusable={view.busy} onClick={() => view.addForm(form)}>
          {add}
        </Button>
        <FilePickButton
          tool={form}
          label={pick}
          className={styles.button}
          appearance="secondary"
          {...(accept ? { accept } : {})}
          multiple={false}
          describedBy={introId}
          disabled={view.busy}
          onFiles={(files) => view.pickForm(form, files[0]!)}
        />
      </div>
      <div aria-live="polite">
        <ToolStatus run={view.run} tool={form} />
      </div>
    </>
  );
}

export function ToolsPane(props: ToolsPaneProps) {
  const strings = useStrings();
  const styles = useToolsPaneStyles();
  const view = useToolsPane(props, strings);
  const ids = { merge: useId(), rank: useId(), forms: useId() };
  const hasReview = props.hasReview ?? false;

  return (
    <div className={styles.root}>
      <Text block>{strings.toolsIntro}</Text>

      <section className={styles.section} aria-labelledby={ids.merge}>
        <h3 id={ids.merge} className={styles.heading}>
          {strings.mergeHeading}
        </h3>
        <Text block>{strings.mergeIntro}</Text>
        {hasReview && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{strings.mergeNeedsEmpty}</MessageBarBody>
          </MessageBar>
        )}
        <FilePickButton tool="merge" label={strings.mergePick} className={styles.button} disabled={view.busy || hasReview} onFiles={(files) => view.pickFiles('merge', files)} />
        <div aria-live="polite">
          <ToolStatus run={view.run} tool="merge" onOpenReview={props.onOpenReview} />
        </div>
      </section>

      <section className={styles.section} aria-labelledby={ids.rank}>
        <h3 id={ids.rank} className={styles.heading}>
          {strings.rankHeading}
        </h3>
        <Text block>{strings.rankIntro}</Text>
        <Field label={strings.rankUnit} required validationState={view.unitError ? 'error' : 'none'} {...(view.unitError ? { validationMessage: view.unitError } : {})}>
          <Select ref={view.unitRef} value={view.unit} onChange={(_, data) => view.setUnit(data.value)}>
            <option value="">{strings.rankUnitPlaceholder}</option>
            {REVIEW_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </Field>
        <FilePickButton tool="rank" label={strings.rankPick} className={styles.button} disabled={view.busy} beforeOpen={view.checkUnit} onFiles={(files) => view.pickFiles('rank', files)} />
        <div aria-live="polite">
          <ToolStatus run={view.run} tool="rank" />
        </div>
      </section>

      <section className={styles.section} aria-labelledby={ids.forms}>
        <h3 id={ids.forms} className={styles.heading}>
          {strings.formsHeading}
        </h3>
        <Text block>{strings.formsIntro}</Text>
        <FormFromFile form="annex2" view={view} intro={strings.annex2Intro} add={strings.addAnnex2} pick={strings.annex2Pick} accept={PERSONNEL_ACCEPT} />
        <FormFromFile form="annex4" view={view} intro={strings.annex4Intro} add={strings.addAnnex4} pick={strings.annex4Pick} />
      </section>
    </div>
  );
}
