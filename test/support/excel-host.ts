/**
 * The real adapter over the Office double, as the adapter tests use it,
 * either directly or through Microsoft's own Office.js client
 * (office-client.ts), and the round trips one operation takes.
 */
import { createExcelHost, type ExcelHostOptions } from '../../src/excel/adapter.ts';
import type { OfficeDouble } from '../../packages/office-double/index.ts';
import type { HostResult, ReviewHost } from '../../src/host/review-host.ts';
import { officeClientOver, RUNTIMES, type OfficeClient, type RuntimeName } from '../../packages/office-client/office-client.ts';

/** How the adapter reaches the double: its own proxies, or Microsoft's client for one Excel runtime. */
export type HostKind = 'double' | RuntimeName;

/** Every way, for tests that run the adapter's contract through each. */
export const HOST_KINDS: readonly HostKind[] = ['double', ...RUNTIMES];

const clients = new WeakMap<OfficeDouble, OfficeClient>();

/** The client a real-client host of `double` talks through (for its wire records). */
export function clientOf(double: OfficeDouble): OfficeClient | undefined {
  return clients.get(double);
}

/**
 * `createExcelHost` over `double`, answering requirement-set questions from
 * the double's sets; with a runtime, every call goes through Microsoft's client.
 */
export function hostOver(double: OfficeDouble, options: Omit<ExcelHostOptions, 'run' | 'runIn' | 'isSetSupported'> = {}, kind: HostKind = 'double'): ReviewHost {
  let run: ExcelHostOptions['run'] = (batch) => double.run(batch);
  let runIn: NonNullable<ExcelHostOptions['runIn']> = (context, batch) => double.run(context, batch);
  if (kind !== 'double') {
    const client = clients.get(double) ?? officeClientOver(double, kind);
    clients.set(double, client);
    run = client.run;
    runIn = client.runIn;
  }
  return createExcelHost({
    run,
    runIn,
    isSetSupported: (name, version) => double.office.context.requirements.isSetSupported(name, version),
    ...options,
  });
}

/** Round trips one operation takes, counted after everything before it settled. */
export async function syncsOf<T>(double: OfficeDouble, action: () => Promise<HostResult<T>>): Promise<{ syncs: number; result: HostResult<T> }> {
  await double.flushEvents();
  double.stats.reset();
  const result = await action();
  return { syncs: double.stats.syncs, result };
}
