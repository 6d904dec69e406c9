/**
 * One text control in a form of its own.
 *
 * After each change to a text control, Chromium's autofill reads the control's form in a task of its own
 * (`TASK_TYPE_INTERNAL_AUTOFILL`). A control outside any form belongs to the page's formless controls, and
 * the task reads all of them: about 280 in a built review, 2–11 ms after every keystroke at 4× CPU. In a
 * form of its own, it reads one. On Windows the pane runs only in WebView2 (older webviews get unsupported.ts's
 * message), and Excel on the web mostly in Edge or Chrome: Chromium, both.
 *
 * The form has no box, and it is never submitted: Enter in a one-line input (implicit submission) does
 * nothing, as it did without the form.
 */
import type { FormEvent, ReactNode } from 'react';
import { useFieldFormStyles } from './useFieldFormStyles.styles.ts';

const keep = (event: FormEvent) => event.preventDefault();

export function FieldForm(props: { readonly children: ReactNode }) {
  const styles = useFieldFormStyles();
  return (
    <form className={styles.root} onSubmit={keep}>
      {props.children}
    </form>
  );
}
