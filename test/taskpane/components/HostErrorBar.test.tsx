// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { HostErrorBar } from '../../../src/taskpane/components/HostErrorBar/HostErrorBar.tsx';
import { zhTW } from '../../../src/taskpane/i18n/strings.ts';

afterEach(cleanup);

const failedCreate = [{ id: 1, action: 'create' as const, message: '名稱已存在' }];
const noop = () => undefined;

test('a 建立 that failed after its form was typed into says that what was typed is kept', () => {
  render(<HostErrorBar errors={failedCreate} keptForCreate={3} onRetry={noop} onDismiss={noop} />);
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain(zhTW.errorTitle.create);
  expect(alert.textContent).toContain(zhTW.keptForCreate);
});

test('a 建立 that failed before anything was typed does not say so', () => {
  render(<HostErrorBar errors={failedCreate} onRetry={noop} onDismiss={noop} />);
  expect(screen.getByRole('alert').textContent).not.toContain(zhTW.keptForCreate);
});
