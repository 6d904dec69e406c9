// @vitest-environment happy-dom
/**
 * Text typed in the pane but not yet written survives what happens around
 * it: the printable sheets rebuilt and the grid edited by hand (which makes
 * the pane read the workbook again). The pane runs over the real Office.js
 * adapter on the in-memory double, not the fake host.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { createExcelHost } from '../../src/excel/adapter.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { App } from '../../src/taskpane/App.tsx';

afterEach(cleanup);

const TYPED = '  ● 高階主管積極支持。\n=「6S」稽核 😀𠀋\t全形ＡＢＣ  ';

test('text being typed in 優點 survives a print-sheet refresh and a hand edit, and is then written byte for byte', { timeout: 30_000 }, async () => {
  const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['工作表1'] });
  const host = createExcelHost({ run: (b) => double.run(b), isSetSupported: (n, v) => double.office.context.requirements.isSetSupported(n, v) });
  expect((await host.createReview({ candidateName: '○○實業', reviewUnit: '臺北市', selectionYear: 113, reviewDate: '2024-04-15' })).ok).toBe(true);
  // What the sheet held before: a pane that let a read replace the text being typed would show this again.
  expect(await host.writeCells({ opinion_strengths: '原有的文字' })).toEqual({ ok: true });
  const user = userEvent.setup();
  render(<App host={host} changeDelayMs={0} idleMs={60_000} initialStep="opinion" />);
  const strengths = (await screen.findByRole('textbox', { name: '優點' }, { timeout: 10_000 })) as HTMLTextAreaElement;

  await user.click(strengths);
  await user.clear(strengths);
  // user.type reads "{" and "[" as keys; paste puts the text in as it is.
  await user.paste(TYPED);
  expect(strengths.value).toBe(TYPED);

  // Meanwhile: the print sheets are rebuilt, and someone edits the grid (the pane reads the workbook again).
  expect(await host.refreshPrintSheets('opinion')).toEqual({ ok: true, value: { renamed: [] } });
  await act(async () => {
    await double.simulateUserEdit(SHEETS.basic, 'B5', '臺北市中正區');
    await double.flushEvents();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  expect(document.activeElement).toBe(strengths);
  expect(strengths.value).toBe(TYPED);

  await user.tab();
  await waitFor(async () => {
    const read = await host.readReview();
    expect(read.ok && read.value.review?.opinion?.strengths).toBe(TYPED);
  });
  const read = await host.readReview();
  expect(read.ok && read.value.review?.candidate.address).toBe('臺北市中正區');
});
