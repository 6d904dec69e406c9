/**
 * Renders the pane over a fake host, as the entry point would.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type AppProps } from '../../src/taskpane/App.tsx';
import type { Review } from '../../src/review/schema.ts';
import { FakeHost, type FakeHostOptions } from './fake-host.ts';

/** A review just created: the four facts the create form asks for. */
export const NEW_REVIEW: Review = {
  rubric: 'osh-unit-113',
  selectionYear: 113,
  reviewDate: '2024-04-15',
  reviewUnit: '勞動部職業安全衛生署',
  candidate: { name: '台灣安全製造股份有限公司' },
  items: {},
};

export interface Rendered {
  readonly host: FakeHost;
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly unmount: () => void;
}

/** Renders App over `host` (a new review workbook by default) and waits for it to be ready. */
export async function renderApp(options: FakeHostOptions & { host?: FakeHost; props?: Partial<AppProps>; ready?: boolean } = {}): Promise<Rendered> {
  const host = options.host ?? new FakeHost({ withReview: NEW_REVIEW, ...options });
  const user = userEvent.setup();
  // The steps are not built ahead (keepSteps): the pane's DOM stays one step's, which keeps the role queries of
  // these tests fast; test/taskpane/kept-steps.test.tsx and the browser tests run the pane as it ships.
  const { unmount } = render(<App host={host} changeDelayMs={0} keepSteps={false} {...options.props} />);
  if (options.ready !== false) await screen.findByRole('tablist', {}, { timeout: 3000 });
  return { host, user, unmount };
}

/** The card of item `id` ("2.3"). */
export function itemCard(id: string): HTMLElement {
  return document.getElementById(`osh-item-${id.replace('.', '-')}`)!;
}

/** Queries within the card of item `id`. */
export function inItem(id: string) {
  return within(itemCard(id));
}

/** The total as shown in the score summary. */
export function shownTotal(): string {
  return screen.getByTestId('score-total').textContent ?? '';
}
