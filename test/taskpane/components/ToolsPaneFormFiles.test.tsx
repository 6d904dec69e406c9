// @vitest-environment happy-dom
/**
 * 附表二 and 附表四 filled from a file the reviewer picks in the pane (issue
 * 14): the same bytes go through the CLI (`personnel --review`, `evidence
 * --review -o`, the description caught at its writer) and through the pane's
 * buttons (a real File on the hidden input), and the host must receive the
 * same sheets. A file that cannot be used shows its coded problem, worded in
 * the pane's language, and adds nothing; an existing form is never
 * overwritten.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { dispatch } from '../../../src/cli/dispatch.ts';
import { evidence, personnel } from '../../../src/cli/panel-commands.ts';
import { oshUnit113 } from '../../../src/rubric/osh-unit-113.ts';
import { parsePersonnelReview, type PersonnelReview } from '../../../src/personnel/schema.ts';
import { annex2Workbook } from '../../../src/sheets/annex2.ts';
import { ANNEX4_SHEET, withAnnex4 } from '../../../src/sheets/annex4.ts';
import type { WorkbookDescription } from '../../../src/sheets/types.ts';
import { reviewWorkbook } from '../../../src/sheets/workbook.ts';
import { ToolsPane } from '../../../src/taskpane/components/ToolsPane/ToolsPane.tsx';
import { enUS } from '../../../src/taskpane/i18n/strings-en.ts';
import { StringsContext } from '../../../src/taskpane/i18n/useStrings.ts';
import { writeReviewXlsx } from '../../../src/workbook/xlsx-file.ts';
import { CORRUPT_ZIP, fullMarks, unitReview } from '../../builders/review-files.ts';
import { FakeHost } from '../fake-host.ts';

// Every description the CLI hands to the .xlsx writer, in order (as in test/workflows/parity.test.ts).
const written = vi.hoisted(() => [] as WorkbookDescription[]);
vi.mock('../../../src/workbook/xlsx-file.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/workbook/xlsx-file.ts')>();
  return {
    ...original,
    writeReviewXlsx: (description: WorkbookDescription) => {
      written.push(description);
      return original.writeReviewXlsx(description);
    },
  };
});

afterEach(cleanup);

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'osh-review-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A file on disk for the CLI, and the same bytes as the File the pane's picker gives. */
function onDisk(name: string, bytes: Uint8Array): { path: string; file: File } {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, file: new File([bytes as BlobPart], name) };
}

/**
 * Runs a CLI command in-process (its own dispatch, argument checks and
 * command); the one workbook description it wrote, and what it printed.
 * Only `personnel` and `evidence` are loaded: main.ts also resolves files
 * with `new URL(…, import.meta.url)`, which the DOM environment rewrites.
 */
async function cli(argv: string[]): Promise<{ description: WorkbookDescription; stdout: string }> {
  written.length = 0;
  const r = { stdout: '', stderr: '', code: -1 };
  r.code = await dispatch(argv, { stdout: { write: (c: string) => (r.stdout += c) }, stderr: { write: (c: string) => (r.stderr += c) } }, { personnel, evidence });
  expect(r.code, r.stderr).toBe(0);
  expect(written).toHaveLength(1);
  return { description: written[0]!, stdout: r.stdout };
}

/** What the host was asked to add, in order. */
const addedDescriptions = (host: FakeHost) => host.calls.filter((c) => c.method === 'addSheets').map((c) => (c.arg as { description: WorkbookDescription }).description);

const input = (tool: 'annex2' | 'annex4') => document.querySelector<HTMLInputElement>(`input[type=file][data-tool=${tool}]`)!;

function renderTools(strings?: React.ContextType<typeof StringsContext>) {
  const host = new FakeHost();
  // The picker's accept is a hint: a reviewer can still choose 所有檔案 and pick a .json for 附表四.
  const user = userEvent.setup({ applyAccept: false });
  const pane = <ToolsPane onAddSheets={(d, show) => host.addSheets(d, show)} />;
  render(strings ? <StringsContext.Provider value={strings}>{pane}</StringsContext.Provider> : pane);
  return { host, user };
}

const EXAMPLE = new Uint8Array(readFileSync(join(ROOT, 'examples/panel/personnel-113.json')));
let example: PersonnelReview;
/** The example without 電話 and without 初審小組: the 附表二 checks have something to say. */
let unfinished: PersonnelReview;
beforeAll(() => {
  const parsed = parsePersonnelReview(JSON.parse(new TextDecoder().decode(EXAMPLE)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  example = parsed.review;
  const { phone: _phone, ...person } = example.person;
  const { panel: _panel, ...rest } = example;
  unfinished = { ...rest, person };
});

describe('附表二 from a file', () => {
  test('a personnel JSON: the host gets the sheets `osh-review personnel --review` writes, and the pane says where from', async () => {
    const { path, file } = onDisk('personnel-113.json', EXAMPLE);
    const expected = await cli(['personnel', '--review', path, '-o', join(dir, 'annex2.xlsx')]);
    const { host, user } = renderTools();
    await user.upload(input('annex2'), file);
    const done = await screen.findByText(/已由「personnel-113\.json」帶入附表二/, {}, { timeout: 10_000 });
    expect(done.textContent).toContain('檢核未發現問題');
    expect(JSON.stringify(addedDescriptions(host))).toBe(JSON.stringify([expected.description]));
    expect(host.addedSheets).toEqual(['附表二(填寫)', '附表二(列印)']);
    expect(example.person.name).toBe('陳○○');
    expect(JSON.stringify(addedDescriptions(host))).toContain('陳○○');
  });

  test('a 附表二 workbook: the same sheets as the CLI, and the same findings of the 附表二 checks', async () => {
    const { path, file } = onDisk('附表二.xlsx', await writeReviewXlsx(annex2Workbook(unfinished)));
    const expected = await cli(['personnel', '--review', path, '-o', join(dir, 'annex2-from-xlsx.xlsx')]);
    // The CLI prints one line per finding: "  ✗ message" or "  △ message".
    const cliFindings = expected.stdout.split('\n').filter((l) => /^ {2}[✗△] /.test(l)).map((l) => l.slice(4));
    expect(cliFindings.length).toBeGreaterThanOrEqual(2);

    const { host, user } = renderTools();
    await user.upload(input('annex2'), file);
    const done = await screen.findByText(/已由「附表二\.xlsx」帶入附表二/, {}, { timeout: 10_000 });
    expect(JSON.stringify(addedDescriptions(host))).toBe(JSON.stringify([expected.description]));
    const bar = done.closest('.fui-MessageBar') as HTMLElement;
    const paneFindings = within(bar).getAllByRole('listitem').map((li) => li.textContent!.replace(/^(須修正|請確認)：/, ''));
    expect(paneFindings).toEqual(cliFindings);
    expect(bar.textContent).toMatch(/檢核發現 \d+ 項須修正、\d+ 項請確認/);
  });

  test('a JSON with a bad field names the field; nothing is added', async () => {
    const bad = JSON.stringify({ ...example, person: { ...example.person, age: '四十六' } });
    const { user, host } = renderTools();
    await user.upload(input('annex2'), new File([bad], '壞的人員資料.json'));
    const bar = (await screen.findByText('未能由檔案帶入', {}, { timeout: 10_000 })).closest('.fui-MessageBar') as HTMLElement;
    expect(within(bar).getByText('壞的人員資料.json')).toBeTruthy();
    expect(within(bar).getByText(/^person\.age：/)).toBeTruthy();
    expect(host.calls).toEqual([]);
  });

  test('never over an existing 附表二: added blank first, the file is refused with the tools\' words', async () => {
    const { host, user } = renderTools();
    await user.click(screen.getByRole('button', { name: '加入附表二（優良人員）' }));
    await screen.findByText(/已加入附表二/);
    await user.upload(input('annex2'), onDisk('personnel-again.json', EXAMPLE).file);
    expect(await screen.findByText('此活頁簿已有附表二，未重複加入。', {}, { timeout: 10_000 })).toBeTruthy();
    expect(host.addedSheets).toEqual(['附表二(填寫)', '附表二(列印)']);
  });

  test('keyboard: Tab reaches the button, Enter opens the picker for one .json or .xlsx, and the button is described', async () => {
    const { user } = renderTools();
    const click = vi.spyOn(input('annex2'), 'click');
    const button = screen.getByRole('button', { name: '由檔案帶入附表二…' });
    while (document.activeElement !== button) {
      await user.tab();
      if (document.activeElement === document.body) throw new Error('Tab never reached the button');
    }
    await user.keyboard('{Enter}');
    expect(click).toHaveBeenCalledTimes(1);
    expect(input('annex2').multiple).toBe(false);
    expect(input('annex2').accept).toContain('.json');
    expect(input('annex2').accept).toContain('.xlsx');
    expect(input('annex2').tabIndex).toBe(-1);
    const description = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toContain('推行職業安全衛生優良人員推薦表（附表二）');
  });
});

describe('附表四 from a file', () => {
  let workbook: { path: string; file: File };
  beforeAll(async () => {
    const described = withAnnex4(reviewWorkbook(oshUnit113, unitReview(fullMarks())), {
      '1-1-1': { result: '已辦理' },
      '1-2-1': { result: '已辦理', date: '2024-04-15', checker: '王大明' },
    });
    workbook = onDisk('初審含附表四.xlsx', await writeReviewXlsx(described));
  });

  test('a review workbook with 附表四: the host gets the 附表四 that `osh-review evidence --review -o` writes', async () => {
    const expected = await cli(['evidence', '--review', workbook.path, '-o', join(dir, 'with-annex4.xlsx')]);
    const cliAnnex4 = { sheets: expected.description.sheets.filter((s) => s.key === ANNEX4_SHEET.key), names: expected.description.names.filter((n) => n.sheet === ANNEX4_SHEET.key) };
    const { host, user } = renderTools();
    await user.upload(input('annex4'), workbook.file);
    const done = await screen.findByText(/已由「初審含附表四\.xlsx」帶入附表四/, {}, { timeout: 10_000 });
    expect(done.textContent).toContain('2 項已有檢核結果');
    expect(JSON.stringify(addedDescriptions(host))).toBe(JSON.stringify([cliAnnex4]));
    expect(JSON.stringify(cliAnnex4)).toContain('王大明');
    expect(host.addedSheets).toEqual(['附表四(五星獎自評)']);
  });

  test.each([
    ['not a workbook (a corrupt zip)', '壞檔.xlsx', CORRUPT_ZIP, /無法讀取 \.xlsx 活頁簿/],
    ['a review JSON, which has no 附表四', '初審.json', new TextEncoder().encode(JSON.stringify(unitReview(fullMarks()))), /^檔案中沒有附表四（職業安全衛生優良單位五星獎自評表）/],
    ['an empty file', '空的.xlsx', new Uint8Array(0), /^檔案是空的$/],
  ])('%s: its problem under its name; nothing is added', async (_case, name, bytes, words) => {
    const { host, user } = renderTools();
    await user.upload(input('annex4'), new File([bytes as BlobPart], name));
    const bar = (await screen.findByText('未能由檔案帶入', {}, { timeout: 10_000 })).closest('.fui-MessageBar') as HTMLElement;
    expect(within(bar).getByText(name)).toBeTruthy();
    expect(within(bar).getByText(words)).toBeTruthy();
    expect(host.calls).toEqual([]);
  });

  test('in English: the button and the coded problem in the English catalog', async () => {
    const { user } = renderTools(enUS);
    await user.upload(input('annex4'), new File([JSON.stringify(unitReview(fullMarks()))], 'review.json'));
    const bar = (await screen.findByText('Not filled from the file', {}, { timeout: 10_000 })).closest('.fui-MessageBar') as HTMLElement;
    expect(within(bar).getByText(/^The file holds no 附表四/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fill 附表四 from a workbook…' })).toBeTruthy();
  });
});
