/**
 * From a command line to a command: help, version, an unknown command or
 * option in our own words with the usage (exit 2), ODF files through
 * LibreOffice, and a UserError as one line on stderr (exit 2).
 */
import { problem, problemJson } from '../review/problem.ts';
import { UserError, type Streams } from './io.ts';
import { withOdf } from './odf.ts';
import { checkArgs, commandUsage, isCommand, overview, UsageError, version, type CommandName } from './usage.ts';

export type Command = (args: string[], io: Streams) => Promise<number>;

/** Runs one command line; never throws for a user's mistake. */
export async function dispatch(argv: readonly string[], io: Streams, commands: Partial<Record<CommandName, Command>>): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stdout.write(overview());
    return 2;
  }
  if (command === '--help' || command === '-h') {
    io.stdout.write(overview());
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(version());
    return 0;
  }
  if (command === 'help') return help(rest, io);
  const run = isCommand(command) ? commands[command] : undefined;
  if (!isCommand(command) || !run) {
    io.stderr.write(`${command.startsWith('-') ? `不認得的選項「${command}」` : `不認得的指令「${command}」`}。\n${overview()}`);
    return 2;
  }
  try {
    const checked = checkArgs(command, rest);
    if (checked.help) {
      io.stdout.write(commandUsage(command));
      return 0;
    }
    return await withOdf(command, rest, checked, io, run);
  } catch (error) {
    // With --json a script reads stdout: the refusal is there too, as every command's problems are.
    const json = rest.includes('--json');
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}。\n\n${commandUsage(error.command)}`);
      if (json) io.stdout.write(JSON.stringify({ problems: [problemJson(problem('usage', { detail: error.message }))] }, null, 2) + '\n');
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr.write(`${error.message}\n`);
      if (json) io.stdout.write(JSON.stringify({ problems: [problemJson(problem('refused', { detail: error.message }))] }, null, 2) + '\n');
      return 2;
    }
    // A command's own option parser, should it accept less than its usage says: still our words.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${command} 的參數有誤：${rest.join(' ')}\n\n${commandUsage(command)}`);
      return 2;
    }
    // A bug, not the user's input: still one line (the stack only when asked for), and a distinct exit code.
    const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    io.stderr.write(`osh-review ${command}：內部錯誤（${detail}）；請回報此訊息。設定環境變數 OSH_REVIEW_DEBUG=1 可顯示詳細資訊。\n`);
    if (process.env.OSH_REVIEW_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 1;
  }
}

function help(args: readonly string[], io: Streams): number {
  const [topic, ...more] = args;
  if (topic === undefined) {
    io.stdout.write(overview());
    return 0;
  }
  if (topic === '--help' || topic === '-h') {
    io.stdout.write(commandUsage('help'));
    return 0;
  }
  if (!isCommand(topic) || more.length > 0) {
    io.stderr.write(`${isCommand(topic) ? `help 只接受一個指令名稱（多了「${more.join(' ')}」）` : `沒有「${topic}」這個指令`}。\n${overview()}`);
    return 2;
  }
  io.stdout.write(commandUsage(topic));
  return 0;
}
