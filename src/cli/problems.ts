/**
 * How every command prints problems: one line each on stderr, "FILE：where：
 * what", worded in zh-TW from the workflows' codes; with --json also one
 * JSON object `{"problems": [{code, file, where, message, params}]}` on
 * stdout. Exit code 2.
 */
import { basename } from 'node:path';
import { problemJson, problemMessage, type Problem } from '../review/problem.ts';
import { fileLabels, type SourceFile } from '../workflows/review-file.ts';
import { readInput, UserError, type Streams } from './io.ts';

export interface ProblemOptions {
  /** Also print them as JSON on stdout. */
  readonly json?: boolean;
  /** The file the problems are of, when they do not say (one input). */
  readonly file?: string;
  /** The path given for a file label (labels are names; the CLI names files by the path typed). */
  readonly pathOf?: (label: string) => string | undefined;
}

/** One problem as the line printed for it. */
export function problemLine(p: Problem, options: ProblemOptions = {}): string {
  const label = p.file ?? options.file;
  const file = label === undefined ? undefined : (options.pathOf?.(label) ?? label);
  return `${file === undefined ? '' : `${file}：`}${problemMessage(p)}`;
}

/** Prints the problems (stderr, and stdout with --json); returns exit code 2. */
export function reportProblems(io: Streams, problems: readonly Problem[], options: ProblemOptions = {}): number {
  for (const p of problems) io.stderr.write(problemLine(p, options) + '\n');
  if (options.json) {
    const withFile = (p: Problem): Problem => {
      const label = p.file ?? options.file;
      return label === undefined ? p : { ...p, file: options.pathOf?.(label) ?? label };
    };
    io.stdout.write(JSON.stringify({ problems: problems.map((p) => problemJson(withFile(p))) }, null, 2) + '\n');
  }
  return 2;
}

/** Files named on the command line as the workflows take them, and the path typed for each label. */
export function sourceFiles(paths: readonly string[]): { readonly files: SourceFile[]; readonly pathOf: (label: string) => string | undefined } {
  const names = paths.map((p) => basename(p));
  const labels = fileLabels(names);
  const byLabel = new Map(labels.map((l, i) => [l, paths[i]!]));
  return {
    files: paths.map((path, i) => ({
      name: names[i]!,
      read: async () => {
        try {
          return await readInput(path);
        } catch (error) {
          // The line names the file already.
          throw error instanceof UserError ? new Error(error.message.replace(`${path}：`, '')) : error;
        }
      },
    })),
    pathOf: (label) => byLabel.get(label),
  };
}
