/**
 * A CLI that helps itself: every command's --help and `help CMD`, --version,
 * and unknown commands and options named in our words with the usage.
 * Regression: `osh-review merge --help` printed Node's option-parser error
 * about positional arguments instead of merge's usage (issue 16).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../src/cli/usage.ts';
import { EXAMPLE, linesOf, ROOT, runBin, runMain } from '../builders/cli.ts';

const COMMANDS = Object.keys(COMMAND_HELP);
/** What Node's parseArgs says; none of it may reach the user. */
const PARSER_WORDS = /ERR_PARSE_ARGS|Unknown option|positional argument|argument missing|Unexpected argument|TypeError/;
const STACK_LINE = /^\s*at\s/m;

describe('every command helps itself', () => {
  it('lists the commands it documents, and there are the ones the README shows', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['score', 'new', 'export', 'demo', 'print', 'merge', 'rank', 'evidence', 'personnel', 'finalise', 'unfinalise']));
  });

  it.each(COMMANDS)('%s --help: its own usage and examples, exit 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const r = await runMain([command, flag]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^用法：\n {2}osh-review /);
      expect(r.stdout).toContain(`osh-review ${command}`);
      expect(r.stdout).toContain('範例：');
      const examples = r.stdout.slice(r.stdout.indexOf('範例：')).split('\n').slice(1).filter(Boolean);
      expect(examples.length).toBeGreaterThan(0);
      for (const e of examples) expect(e.trim().startsWith(`osh-review ${command}`), e).toBe(true);
      expect(r.stdout).not.toMatch(PARSER_WORDS);
    }
  });

  it.each(COMMANDS)('help %s prints the same as the command\'s --help', async (command) => {
    const viaHelp = await runMain(['help', command]);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe((await runMain([command, '--help'])).stdout);
  });

  it('--help after other arguments still helps, and runs nothing', async () => {
    const r = await runMain(['merge', 'A.xlsx', 'B.xlsx', '-o', 'out.xlsx', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('osh-review merge A.xlsx B.xlsx');
  });

  it('a command\'s usage differs from every other command\'s', async () => {
    const texts = await Promise.all(COMMANDS.map(async (c) => (await runMain([c, '--help'])).stdout));
    expect(new Set(texts).size).toBe(COMMANDS.length);
  });

  it('--help and help alone list every command, exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await runMain(argv);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.stdout).toContain(`osh-review ${c}`);
    }
  });

  it('--version prints the package version, exit 0', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await runMain(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`osh-review ${pkg.version}`);
  });
});

describe('a wrong command line says what is wrong, then the usage (exit 2)', () => {
  const cases: [string, string[], string, string][] = [
    ['an unknown option', ['merge', 'A.xlsx', 'B.xlsx', '--bogus'], '--bogus', 'osh-review merge A.xlsx B.xlsx'],
    ['an unknown short option', ['rank', '-x', 'A.xlsx'], '-x', 'osh-review rank FILES'],
    ['an option of another command', ['score', EXAMPLE, '--unit', '臺北市'], '--unit', 'osh-review score FILE'],
    ['an option without its value', ['new', '-o'], '-o', 'osh-review new'],
    ['an option whose value looks like an option', ['print', 'r.xlsx', '--form', '--out', 'x.pdf'], '--form', 'osh-review print'],
    ['a value given to a switch', ['score', EXAMPLE, '--json=yes'], '--json', 'osh-review score'],
  ];
  it.each(cases)('%s', async (_, argv, named, usage) => {
    const r = await runMain(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(linesOf(r.stderr)[0]).toContain(named);
    expect(r.stderr).toContain(usage);
    expect(r.stderr).toContain('範例：');
    expect(r.stderr).not.toMatch(PARSER_WORDS);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('an unknown command is named, with the list of commands', async () => {
    const r = await runMain(['grade', EXAMPLE]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)[0]).toContain('「grade」');
    expect(r.stderr).toContain('osh-review merge');
  });

  it('an unknown option where the command should be is named as an option', async () => {
    const r = await runMain(['--bogus']);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)[0]).toContain('不認得的選項「--bogus」');
  });

  it('help for an unknown command: exit 2', async () => {
    const r = await runMain(['help', 'grade']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('「grade」');
  });
});

describe('as a real process', () => {
  it('osh-review merge --help prints merge\'s usage, not a parser error (the reported bug)', () => {
    const r = runBin(['merge', '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('osh-review merge A.xlsx B.xlsx … -o PANEL.xlsx');
    expect(r.stderr).toBe('');
  });
});
