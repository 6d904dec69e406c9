/**
 * The real adapter over the Office double, as the adapter tests use it, and
 * the round trips one operation takes.
 */
import { createExcelHost, type ExcelHostOptions } from '../../src/excel/adapter.ts';
import type { OfficeDouble } from '../../src/office-double/index.ts';
import type { HostResult, ReviewHost } from '../../src/taskpane/host.ts';

/** `createExcelHost` over `double`, answering requirement-set questions from the double's sets. */
export function hostOver(double: OfficeDouble, options: Omit<ExcelHostOptions, 'run' | 'runIn' | 'isSetSupported'> = {}): ReviewHost {
  return createExcelHost({
    run: (batch) => double.run(batch),
    runIn: (context, batch) => double.run(context, batch),
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
