/**
 * A CPU profile of a piece of the bench, taken in-process with the inspector
 * (the same data as `node --cpu-prof`), summarised by where the time goes:
 * each package under node_modules, each file of src/, node itself and GC.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface ProfileSummary {
  /** Where the .cpuprofile was written (open it in Chrome DevTools › Performance). */
  readonly file: string;
  readonly totalMs: number;
  /** Self time by package or source file, largest first. */
  readonly buckets: readonly { readonly name: string; readonly ms: number }[];
  /** Self time by function, largest first. */
  readonly functions: readonly { readonly name: string; readonly ms: number }[];
}

function bucketOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  const bench = url.indexOf('/bench/');
  if (bench >= 0) return url.slice(bench + 1);
  return url.replace(/^file:\/\//, '');
}

/** Profiles `work` and returns where its time went. */
export async function profile(name: string, work: () => Promise<void>): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let cpu: CpuProfile;
  try {
    await work();
  } finally {
    // Stop even when the work fails, so the session does not keep sampling.
    ({ profile: cpu } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile });
    session.disconnect();
  }
  const file = join(tmpdir(), `osh-review-${name}-${process.pid}.cpuprofile`);
  writeFileSync(file, JSON.stringify(cpu));

  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  cpu.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const delta = (cpu.timeDeltas[i] ?? 0) / 1000;
    const bucket = bucketOf(node.callFrame.url, node.callFrame.functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + delta);
    const file = node.callFrame.url.split('/').at(-1) ?? '';
    const where = node.callFrame.url ? `${bucket.startsWith('src/') ? bucket : `${bucket}/${file}`}:${node.callFrame.lineNumber + 1}` : bucket;
    const fn = node.callFrame.url ? `${node.callFrame.functionName || '(anonymous)'} (${where})` : bucket;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
  });
  const sorted = (m: Map<string, number>) => [...m].map(([n, t]) => ({ name: n, ms: t })).sort((a, b) => b.ms - a.ms);
  return { file, totalMs: (cpu.endTime - cpu.startTime) / 1000, buckets: sorted(buckets), functions: sorted(functions) };
}
