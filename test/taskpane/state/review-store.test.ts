import { describe, expect, test, vi } from 'vitest';
import { findItem } from '../../../src/rubric/registry.ts';
import { oshUnit113 } from '../../../src/rubric/osh-unit-113.ts';
import { FIELDS_BY_NAME } from '../../../src/taskpane/state/draft.ts';
import { ReviewStore } from '../../../src/taskpane/state/review-store.ts';
import type { HostResult, ReviewHost } from '../../../src/host/review-host.ts';
import { FakeHost } from '../fake-host.ts';
import { NEW_REVIEW } from '../render-app.tsx';

const item = (id: string) => findItem(oshUnit113, id)!;
const field = (name: string) => FIELDS_BY_NAME.get(name)!;

async function readyStore(host = new FakeHost({ withReview: NEW_REVIEW })) {
  const store = new ReviewStore(host, { changeDelayMs: 0 });
  const disconnect = store.connect();
  await vi.waitFor(() => expect(store.getSnapshot().phase).toBe('ready'));
  return { host, store, disconnect };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('ReviewStore', () => {
  test('reads the review on start', async () => {
    const { store } = await readyStore();
    expect(store.getSnapshot().values.cand_name).toBe('台灣安全製造股份有限公司');
    expect(store.getSnapshot().values.review_year).toBe(113);
    expect(store.getSnapshot().draft.eligibility).toBeDefined();
  });

  test('reads the sheets after a hand edit, and not after its own writes while the sheets have no problems', async () => {
    const host = new FakeHost({ withReview: NEW_REVIEW, echoWrites: 'own' });
    const store = new ReviewStore(host, { changeDelayMs: 0 });
    store.connect();
    await vi.waitFor(() => expect(store.getSnapshot().phase).toBe('ready'));
    const reads = () => host.calls.filter((c) => c.method === 'readReview').length;
    const start = reads();
    store.pickLevel(item('1.1'), '優');
    store.commitField(field('cand_address'), '臺北市');
    await vi.waitFor(() => expect(host.value('cand_address')).toBe('臺北市'));
    await settle();
    expect(reads()).toBe(start);
    // A hand edit is read, and so is one that follows an own write.
    host.editByHand({ cand_phone: '02-1234-5678' });
    await vi.waitFor(() => expect(store.getSnapshot().values.cand_phone).toBe('02-1234-5678'));
    store.pickLevel(item('1.2'), '良');
    host.editByHand({ cand_address: '別處' });
    await vi.waitFor(() => expect(store.getSnapshot().values.cand_address).toBe('別處'));
    expect(reads()).toBe(start + 2);
  });

  test("reads the sheets after its own write while they have problems on record: the write may have mended one", async () => {
    const host = new FakeHost({ withReview: NEW_REVIEW, echoWrites: 'own' });
    const store = new ReviewStore(host, { changeDelayMs: 0 });
    store.connect();
    await vi.waitFor(() => expect(store.getSnapshot().phase).toBe('ready'));
    host.editByHand({ cand_workers_own: '很多' });
    await vi.waitFor(() => expect(store.getSnapshot().sheetProblems.map((p) => p.name)).toEqual(['cand_workers_own']));
    store.commitField(field('cand_workers_own'), '120');
    await vi.waitFor(() => expect(store.getSnapshot().sheetProblems).toEqual([]));
    expect(host.value('cand_workers_own')).toBe(120);
  });

  test('reads the sheets after its own writes where the host cannot tell them apart (before ExcelApi 1.14)', async () => {
    const host = new FakeHost({ withReview: NEW_REVIEW });
    const store = new ReviewStore(host, { changeDelayMs: 0 });
    store.connect();
    await vi.waitFor(() => expect(store.getSnapshot().phase).toBe('ready'));
    const start = host.calls.filter((c) => c.method === 'readReview').length;
    store.pickLevel(item('1.1'), '優');
    await vi.waitFor(() => expect(host.calls.filter((c) => c.method === 'readReview').length).toBe(start + 1));
  });

  test('offers to create a review when the workbook has none', async () => {
    const store = new ReviewStore(new FakeHost());
    store.connect();
    await vi.waitFor(() => expect(store.getSnapshot().phase).toBe('start'));
  });

  test('one host call per edit, in the order made, even when the host is slow', async () => {
    const { host, store } = await readyStore();
    host.stallWrites();
    store.pickLevel(item('1.1'), '優');
    store.commitField(field('cand_address'), '臺北市');
    store.pickLevel(item('1.2'), '良');
    expect(host.writes).toHaveLength(1);
    host.resumeWrites();
    await vi.waitFor(() => expect(host.writes).toHaveLength(3));
    expect(host.writes).toEqual([{ item_1_1_level: '優' }, { cand_address: '臺北市' }, { item_1_2_level: '良' }]);
    await vi.waitFor(() => expect(store.getSnapshot().saving).toBe(false));
  });

  test('a value committed again unchanged is not written again', async () => {
    const { host, store } = await readyStore();
    store.commitField(field('cand_address'), '臺北市');
    store.commitField(field('cand_address'), '臺北市');
    await settle();
    expect(host.writesOf('cand_address')).toHaveLength(1);
  });

  test('a read while a write is on its way keeps the value being written', async () => {
    const { host, store } = await readyStore();
    host.stallWrites();
    store.pickLevel(item('1.1'), '優');
    await store.refresh();
    expect(store.getSnapshot().values.item_1_1_level).toBe('優');
    host.resumeWrites();
    await vi.waitFor(() => expect(host.value('item_1_1_level')).toBe('優'));
  });

  test('a read leaves a field being edited alone, and takes the others', async () => {
    const { host, store } = await readyStore();
    store.beginEdit('cand_address');
    host.editByHand({ cand_address: '別處', cand_phone: '02-1234-5678' });
    await vi.waitFor(() => expect(store.getSnapshot().values.cand_phone).toBe('02-1234-5678'));
    expect(store.getSnapshot().values.cand_address).toBeNull();
    store.endEdit('cand_address');
    await store.refresh();
    expect(store.getSnapshot().values.cand_address).toBe('別處');
  });

  test('an invalid hand edit is reported by cell and never written over', async () => {
    const { host, store } = await readyStore();
    host.editByHand({ cand_workers_own: '很多' });
    await vi.waitFor(() => expect(store.getSnapshot().sheetProblems.map((p) => p.name)).toContain('cand_workers_own'));
    expect(store.getSnapshot().sheetProblems[0]!.message).toContain("'基本資料'!B9");
    await settle();
    expect(host.writesOf('cand_workers_own')).toEqual([]);
    expect(host.value('cand_workers_own')).toBe('很多');
  });

  test('award rows are written whole, so a row is where the pane shows it', async () => {
    const { host, store } = await readyStore();
    store.commitField(field('elig_award_type_1'), '優良獎');
    await settle();
    const write = host.writes.at(-1)!;
    expect(Object.keys(write)).toHaveLength(16);
    expect(write.elig_award_type_1).toBe('優良獎');
    expect(write.elig_award_year_1).toBeNull();
  });

  test('award rows the sheet compacts keep their place in the pane when they mean the same', async () => {
    const { host, store } = await readyStore();
    host.editByHand({ elig_award_type_3: '優良獎', elig_award_year_3: 111 });
    await vi.waitFor(() => expect(store.getSnapshot().draft.review?.candidate.awards).toEqual([{ type: '優良獎', year: 111 }]));
    // The reader gives the award as row 1; the sheet has it in row 3.
    expect(store.getSnapshot().values.elig_award_type_1).toBe('優良獎');
    store.commitField(field('elig_award_year_1'), '112');
    await settle();
    // Written whole: row 3 is cleared rather than left as a duplicate.
    expect(host.value('elig_award_year_1')).toBe(112);
    expect(host.value('elig_award_type_3')).toBeNull();
  });

  test('a failed write keeps the value, marks it unsaved, and a retry writes it', async () => {
    const { host, store } = await readyStore();
    host.failNext('writeCells', '網路中斷');
    store.commitField(field('cand_address'), '臺北市');
    await vi.waitFor(() => expect(store.getSnapshot().unsaved).toEqual(['cand_address']));
    expect(store.getSnapshot().values.cand_address).toBe('臺北市');
    expect(store.getSnapshot().errors.map((e) => [e.action, e.message])).toEqual([['write', '網路中斷']]);
    await store.refresh();
    expect(store.getSnapshot().values.cand_address).toBe('臺北市');
    store.retryUnsaved();
    await vi.waitFor(() => expect(host.value('cand_address')).toBe('臺北市'));
    await vi.waitFor(() => expect(store.getSnapshot().unsaved).toEqual([]));
    expect(store.getSnapshot().errors).toEqual([]);
  });

  test('a host that throws is reported as a failure, not lost', async () => {
    const { host, store } = await readyStore();
    const throwing: ReviewHost = {
      capabilities: host.capabilities,
      hasReview: () => host.hasReview(),
      createReview: (init) => host.createReview(init),
      readReview: () => host.readReview(),
      writeCells: async (): Promise<HostResult> => {
        throw new Error('GeneralException');
      },
      refreshPrintSheets: (show) => host.refreshPrintSheets(show),
      goTo: (name) => host.goTo(name),
      onChanged: (handler) => host.onChanged(handler),
      addSheets: (description, show) => host.addSheets(description, show),
      finalise: () => host.finalise(),
      unfinalise: () => host.unfinalise(),
    };
    const other = new ReviewStore(throwing, { changeDelayMs: 0 });
    await other.start();
    other.commitField(field('cand_address'), '臺北市');
    await vi.waitFor(() => expect(other.getSnapshot().errors.map((e) => e.message)).toEqual(['GeneralException']));
    expect(other.getSnapshot().unsaved).toEqual(['cand_address']);
    expect(store.getSnapshot().errors).toEqual([]);
  });

  test('addSheets goes to the host, and a host that throws is a failure for the tool to show, not a pane error', async () => {
    const { host, store } = await readyStore();
    const description = { sheets: [], names: [] };
    expect(await store.actions.addSheets(description, undefined)).toEqual({ ok: true, value: { renamed: [] } });
    expect(host.calls.filter((c) => c.method === 'addSheets')).toHaveLength(1);
    const throwing = new ReviewStore({ ...host, capabilities: host.capabilities, hasReview: () => host.hasReview(), addSheets: () => Promise.reject(new Error('RequestPayloadSizeLimitExceeded')) } as unknown as ReviewHost);
    expect(await throwing.actions.addSheets(description)).toEqual({ ok: false, message: 'RequestPayloadSizeLimitExceeded' });
    expect(throwing.getSnapshot().errors).toEqual([]);
  });

  test('text that is not a value is kept as a draft and not written', async () => {
    const { host, store } = await readyStore();
    const parsed = store.commitField(field('cand_ubn'), '12345678');
    expect(parsed.ok).toBe(false);
    expect(store.getSnapshot().fieldDrafts.cand_ubn).toBe('12345678');
    store.commitField(field('cand_ubn'), '04595257');
    expect(store.getSnapshot().fieldDrafts.cand_ubn).toBeUndefined();
    await settle();
    expect(host.writesOf('cand_ubn')).toEqual([{ cand_ubn: '04595257' }]);
  });

  test('a required field left blank is refused', async () => {
    const { host, store } = await readyStore();
    expect(store.commitField(field('review_year'), '', true)).toEqual({ ok: false, issue: { code: 'required' } });
    await settle();
    expect(host.writesOf('review_year')).toEqual([]);
  });

  test('a rehearsed pick changes nothing: the same state, nothing written', async () => {
    const { host, store } = await readyStore();
    store.pickLevel(item('1.2'), '良');
    await vi.waitFor(() => expect(host.value('item_1_2_level')).toBe('良'));
    const before = store.getSnapshot();
    const writes = host.writes.length;
    store.rehearsePick();
    await settle();
    expect(store.getSnapshot()).toBe(before);
    expect(host.writes.length).toBe(writes);
    expect(store.getSnapshot().values.item_1_1_level ?? null).toBeNull();
  });

  test('listens for changes only while connected', async () => {
    const { host, disconnect } = await readyStore();
    expect(host.listeners).toBe(1);
    disconnect();
    expect(host.listeners).toBe(0);
  });
});
