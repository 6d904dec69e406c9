/**
 * `osh-review`: the command line. Each command returns its exit code:
 * 0 for a valid input whatever its verdict, 2 for invalid input or usage.
 */
import { parseArgs } from 'node:util';
import { evaluateReview } from '../review/evaluate.ts';
import { parseJson, readInput, UserError, type Streams } from './io.ts';
import { scoreJson, scoreText } from './summary.ts';

const USAGE = `用法：
  osh-review score FILE.json [--json]   評分並審查資格
`;

async function score(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UserError('score 需要一個檔案：osh-review score FILE.json [--json]');
  const path = positionals[0]!;
  const result = evaluateReview(parseJson(path, await readInput(path)));
  if (!result.ok) {
    for (const p of result.problems) io.stderr.write(`${path}：${p.path}：${p.message}\n`);
    if (values.json) io.stdout.write(JSON.stringify({ errors: result.problems }, null, 2) + '\n');
    return 2;
  }
  io.stdout.write(values.json ? JSON.stringify(scoreJson(result.evaluation), null, 2) + '\n' : scoreText(result.evaluation));
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: Streams) => Promise<number>> = { score };

/** Runs one command line; never throws for a user's mistake. */
export async function main(argv: string[], io: Streams): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`不認得的指令「${command}」。\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UserError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
