/**
 * The start screen: the form that builds a new review (受評單位名稱, 初審單位,
 * 選拔年度 in 民國, 評鑑日期), or, on an Excel too old to build the sheets,
 * a plain explanation of what to open instead.
 */
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';
import { LazyToolsPane } from '../ToolsPane/LazyToolsPane.tsx';
import type { StartPaneProps } from './StartPane.types.ts';
import { useStartPane, type StartField } from './useStartPane.ts';
import { useStartPaneStyles } from './useStartPaneStyles.styles.ts';

export function StartPane(props: StartPaneProps) {
  const strings = useStrings();
  const styles = useStartPaneStyles();
  const form = useStartPane(props, strings);
  const creating = props.creating ?? false;
  const [toolsOpen, setToolsOpen] = useState(false);
  const toolsId = useId();

  if (!props.capabilities.canBuildSheets) {
    return (
      <div className={styles.root}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.cannotBuildTitle}</MessageBarTitle>
            {strings.cannotBuild}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onRecheck}>
              {strings.checkAgain}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }

  const input = (field: StartField, label: string, required: boolean, extra: { inputMode?: 'numeric' } = {}) => {
    const error = form.errors[field];
    const hint = form.hints[field];
    return (
      <Field
        label={label}
        required={required}
        validationState={error ? 'error' : 'none'}
        {...(error ? { validationMessage: error } : hint ? { hint } : {})}
      >
        <Input
          ref={form.refs[field]}
          value={form.values[field]}
          onChange={(_, data) => form.set(field, data.value)}
          onBlur={() => form.blur(field)}
          autoComplete="off"
          {...extra}
        />
      </Field>
    );
  };

  return (
    <main className={styles.root} aria-labelledby="osh-start-heading">
      <h2 id="osh-start-heading" className={styles.heading}>{strings.startHeading}</h2>
      <Text block>{strings.startIntro}</Text>
      <form className={styles.form} onSubmit={form.submit} noValidate aria-busy={creating}>
        {input('candidateName', strings.candidateName, true)}
        {input('reviewUnit', strings.reviewUnit, false)}
        {input('selectionYear', strings.selectionYear, true, { inputMode: 'numeric' })}
        {input('reviewDate', strings.reviewDate, true)}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={creating}>
            {strings.create}
          </Button>
          {creating && <Spinner size="tiny" label={strings.creating} />}
        </div>
      </form>
      {props.onAddSheets && (
        <section className={styles.tools} aria-labelledby={`${toolsId}-heading`}>
          <h2 id={`${toolsId}-heading`} className={styles.heading}>
            {strings.stepTools}
          </h2>
          <Button className={styles.toolsToggle} aria-expanded={toolsOpen} aria-controls={toolsId} onClick={() => setToolsOpen((open) => !open)}>
            {toolsOpen ? strings.toolsClose : strings.toolsOpen}
          </Button>
          <div id={toolsId}>
            {toolsOpen && (
              <LazyToolsPane onAddSheets={props.onAddSheets} onOpenReview={props.onRecheck} />
            )}
          </div>
        </section>
      )}
    </main>
  );
}
