/**
 * The performance report: one line per figure, each measured in this run
 * together with what it is compared with, its target and PASS/FAIL where it
 * has one, then a summary line. Always exits 0: it reports, it does not gate.
 *
 *   npx tsx bench/run.ts                  # everything (about 5 minutes on 2 cores)
 *   npx tsx bench/run.ts --quick          # 100 workbooks, 3 runs: a rough look in about a minute
 *   npx tsx bench/run.ts --only cli,office --profile
 *   npx tsx bench/run.ts --no-build       # measure an existing dist/ instead of building
 *   npx tsx bench/run.ts --only office --json
 *       # one JSON object on stdout, {"client", "figures": [{"name", "syncs", "maxRequestBytes", "maxResponseBytes"}]};
 *       # the readable lines go to stderr
 *
 *   npx tsx bench/run.ts --only pane --json
 *       # the pane's felt speed alone: {"figures": [{"name": "pane.ready", "medianMs", "p95Ms", "longestTaskMs", …}, … ".cpu4x"]}
 *
 * Sections: engine, cli (with writer), office, rank, bundle, pane (run with bundle, in the same browser). See docs/performance.md.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBundle } from './bundle.ts';
import { benchCli } from './cli.ts';
import { benchEngine } from './engine.ts';
import { Report, num } from './lib.ts';
import { benchOffice, type OfficeBench } from './office.ts';
import type { PaneFigure } from './pane.ts';
import { benchRank } from './rank.ts';

// `pane` (the pane's felt speed over the preview page) runs with `bundle`, in the same browser; `--only pane` runs it alone.
const SECTIONS = ['engine', 'cli', 'office', 'rank', 'bundle', 'pane'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    files: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const only = new Set((values.only ?? SECTIONS.join(',')).split(',').map((s) => s.trim()) as Section[]);
const files = Number(values.files ?? (values.quick ? 100 : 500));
const runs = values.quick ? 3 : 5;

// With --json, stdout carries only the JSON; everything readable goes to stderr.
const print = values.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
const report = new Report(print);
const started = performance.now();
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
print(`bench: ${cpu}, ${cpus().length} cores, node ${process.version}, load average ${loadavg().map((l) => num(l, 2)).join(' ')} at start${values.quick ? ' (quick)' : ''}`);

async function section(name: Section, run: () => Promise<void>): Promise<void> {
  if (!only.has(name)) return;
  try {
    await run();
  } catch (error) {
    report.error(name, error);
  }
}

let cliPerFileMs: number | undefined;
await section('engine', () => benchEngine(report, { runs, reviews: 1000, runMs: values.quick ? 500 : 1000 }));
await section('cli', async () => {
  cliPerFileMs = (await benchCli(report, { files, profile: values.profile }))?.perFileMs;
});
let office: OfficeBench | undefined;
await section('office', async () => {
  office = await benchOffice(report);
});
await section('rank', () => benchRank(report, { cliPerFileMs }));
let pane: PaneFigure[] = [];
if (only.has('bundle') || only.has('pane')) {
  await section(only.has('bundle') ? 'bundle' : 'pane', async () => {
    pane = await benchBundle(report, { build: !values['no-build'], runs, load: only.has('bundle'), pane: true });
  });
}

print(`${report.summary((performance.now() - started) / 1000)}; load average ${loadavg().map((l) => num(l, 2)).join(' ')} at end`);
if (values.json) {
  // One object: the office section's shape, its figures followed by the pane's ({name, medianMs, p95Ms, …}).
  const base = office ?? { client: null, figures: [], errors: report.errors };
  console.log(JSON.stringify({ ...base, figures: [...base.figures, ...pane] }));
}
process.exitCode = 0;
