/**
 * What each command accepts, its usage text and examples, and the checks
 * every command line passes before a command runs: `CMD --help`, `help CMD`,
 * `--version`, and an unknown command or option named in our own words with
 * the usage (never an option parser's internal message).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Shown after the option in the help, for an option that takes a value. */
  readonly value?: string;
  readonly help: string;
  /** An output file (-o): the path the ODF layer may write as .ods. */
  readonly output?: boolean;
}

export interface CommandHelp {
  /** A few words, for the list of commands. */
  readonly brief: string;
  /** One line each, after `osh-review `. */
  readonly synopsis: readonly string[];
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** More to say, one paragraph line each. */
  readonly notes?: readonly string[];
  readonly examples: readonly string[];
}

const out = (what: string): OptionSpec => ({ type: 'string', short: 'o', value: 'FILE', help: what, output: true });
const json = (what: string): OptionSpec => ({ type: 'boolean', help: what });
/** Every command that writes a file takes it; without it an existing output is never replaced. */
const force: OptionSpec = { type: 'boolean', help: '輸出檔已存在時取代它（輸出檔與輸入檔相同時仍一律拒絕）' };

const ODS_NOTE = '輸入可為 .xlsx 或 .ods（ODF 試算表，經 LibreOffice 轉換後讀取）；輸出檔名以 .ods 結尾時寫出 ODF 試算表（經 LibreOffice）。';

/** Every command: usage, options and examples. The options listed are the ones the command accepts. */
export const COMMAND_HELP = {
  score: {
    brief: '評分並審查資格',
    synopsis: ['score FILE.xlsx|FILE.json [--json]'],
    summary: '評分並審查資格：印出總分、各項目分數與資格審查結果（工作簿另印出定稿狀態）。',
    options: { json: json('以 JSON 輸出 {"total","complete","sections","eligibility","fiveStarPath"}') },
    notes: ['結束代碼：有效的輸入為 0（不論是否符合資格），無效的輸入為 2，並列出每個有問題的儲存格（工作表、儲存格與定義名稱）。', ODS_NOTE],
    examples: ['osh-review score review.xlsx', 'osh-review score review.ods --json', 'osh-review score examples/review-113.json'],
  },
  new: {
    brief: '建立評審工作簿（空白，或由評審 JSON 預填）',
    synopsis: ['new [--review FILE.json] -o OUT.xlsx'],
    summary: '建立評審工作簿：空白，或由評審 JSON 預填。',
    options: { review: { type: 'string', value: 'FILE.json', help: '預填的評審 JSON' }, out: out('輸出的工作簿（.xlsx 或 .ods）'), force },
    examples: ['osh-review new -o review.xlsx', 'osh-review new --review examples/review-113.json -o review.ods'],
  },
  export: {
    brief: '由工作簿匯出評審 JSON，或存為 ODF 試算表（.ods）',
    synopsis: ['export FILE.xlsx', 'export FILE.xlsx|FILE.json --ods -o OUT.ods'],
    summary: '由工作簿匯出評審 JSON（印在標準輸出）；加 --ods 則將評審工作簿存為 ODF 試算表（政府文件標準格式）。',
    options: {
      ods: json('寫出 ODF 試算表（.ods），保留各輸入欄、定義名稱、下拉選單、保護、列印設定與公式'),
      out: out('寫出評審工作簿而非 JSON（.xlsx；.ods 或加 --ods 為 ODF 試算表）'),
      force,
    },
    notes: ['--ods 需要 LibreOffice（soffice）。'],
    examples: ['osh-review export review.xlsx > review.json', 'osh-review export review.xlsx --ods -o review.ods', 'osh-review export review.ods > review.json'],
  },
  demo: {
    brief: '以範例單位產生完整評分範例（及 PDF）',
    synopsis: ['demo -o DIR'],
    summary: '以要點之範例單位（○○實業股份有限公司）產生完整評分的工作簿與 JSON，並以 LibreOffice 列印為 PDF。',
    options: { out: { type: 'string', short: 'o', value: 'DIR', help: '輸出資料夾' }, force },
    examples: ['osh-review demo -o out/demo'],
  },
  print: {
    brief: '將一份表單列印為 PDF（A4、內嵌字型）',
    synopsis: ['print FILE.xlsx --form 初審意見表|附表一|附表二|附表四|小組合議|排序|all -o OUT.pdf'],
    summary: '將工作簿中的一份表單列印為 PDF（A4、內嵌字型），供附於公文；all 列印工作簿中所有可列印的工作表。',
    options: {
      form: { type: 'string', value: 'FORM', help: '表單：初審意見表、附表一、附表二、附表四、小組合議、排序，或 all' },
      out: { type: 'string', short: 'o', value: 'OUT.pdf', help: '輸出的 PDF' },
      force,
    },
    notes: ['需要 LibreOffice（soffice）；以暫時的設定檔執行，不動到使用者自己的 LibreOffice 設定。'],
    examples: [
      'osh-review print review.xlsx --form 初審意見表 -o 初審意見表.pdf',
      'osh-review print review.ods --form 附表一 -o 附表一.pdf',
      'osh-review print panel.xlsx --form 小組合議 -o 小組合議.pdf',
      'osh-review print review.xlsx --form all -o review.pdf',
    ],
  },
  merge: {
    brief: '合併評鑑小組各委員之評分表（小組合議）',
    synopsis: ['merge A.xlsx B.xlsx … -o PANEL.xlsx [--json]'],
    summary: '合併評鑑小組各委員之評分表（小組合議）。',
    options: { out: out('輸出的小組合議工作簿'), json: json('以 JSON 輸出合併結果（docs/panel.schema.json）'), force },
    notes: [ODS_NOTE],
    examples: ['osh-review merge 委員A.xlsx 委員B.xlsx 委員C.ods -o 小組合議.xlsx', 'osh-review merge 委員A.xlsx 委員B.xlsx --json'],
  },
  rank: {
    brief: '依附表三額度排序並劃推薦線',
    synopsis: ['rank FILES… --unit 臺北市 -o RANKING.xlsx [--json]'],
    summary: '依附表三額度排序並劃推薦線；無法讀取的檔案列出並略過。',
    options: {
      unit: { type: 'string', value: '初審單位', help: '附表三之初審單位（例如 臺北市）' },
      out: out('輸出的排序工作簿'),
      json: json('以 JSON 輸出排序結果（docs/ranking.schema.json）；進度改印於標準錯誤'),
      force,
    },
    notes: [ODS_NOTE],
    examples: ['osh-review rank out/*.xlsx --unit 臺北市 -o 排序.xlsx', 'osh-review rank A.ods B.ods --unit 新竹市 -o 排序.ods', 'osh-review rank out/*.xlsx --unit 臺北市 --json'],
  },
  evidence: {
    brief: '核對五星獎佐證資料檔名（附表四）',
    synopsis: ['evidence DIR [--review FILE.xlsx] [-o OUT.xlsx] [--json]'],
    summary: '核對五星獎佐證資料之檔名與附表四項目；加 -o 則寫出含附表四的工作簿。',
    options: {
      review: { type: 'string', value: 'FILE.xlsx', help: '評審工作簿（依其附表四檢核結果決定應附之項目）' },
      out: out('寫出含附表四的工作簿'),
      force,
      json: json('以 JSON 輸出核對結果'),
    },
    notes: [ODS_NOTE],
    examples: ['osh-review evidence 佐證資料/ --review review.xlsx', 'osh-review evidence --review review.xlsx -o 附表四.xlsx'],
  },
  personnel: {
    brief: '建立優良人員推薦表（附表二），或匯出其 JSON',
    synopsis: ['personnel [--review FILE.json] -o OUT.xlsx [--json]', 'personnel --export FILE.xlsx'],
    summary: '建立優良人員推薦表（附表二：填寫頁與列印頁），或由附表二工作簿匯出 JSON。',
    options: {
      review: { type: 'string', value: 'FILE', help: '預填的人員 JSON 或附表二工作簿' },
      out: out('輸出的附表二工作簿'),
      force,
      export: { type: 'string', value: 'FILE.xlsx', help: '匯出此附表二工作簿的 JSON' },
      json: json('以 JSON 輸出檢核結果（findings）；有問題時輸出 problems'),
    },
    notes: [ODS_NOTE],
    examples: ['osh-review personnel -o 附表二.xlsx', 'osh-review personnel --review 人員.json -o 附表二.ods', 'osh-review personnel --export 附表二.xlsx > 人員.json'],
  },
  finalise: {
    brief: '定稿：鎖定各輸入欄並記錄輸入內容的摘要',
    synopsis: ['finalise FILE.xlsx -o OUT.xlsx'],
    summary: '定稿：鎖定各輸入欄並記錄輸入內容的摘要（SHA-256）；不修改輸入檔。',
    options: { out: out('定稿後的工作簿'), force },
    notes: [ODS_NOTE],
    examples: ['osh-review finalise review.xlsx -o 定稿.xlsx'],
  },
  unfinalise: {
    brief: '取消定稿：解除鎖定並清除定稿紀錄',
    synopsis: ['unfinalise FILE.xlsx -o OUT.xlsx'],
    summary: '取消定稿：解除鎖定並清除定稿紀錄；不修改輸入檔。',
    options: { out: out('取消定稿後的工作簿'), force },
    notes: [ODS_NOTE],
    examples: ['osh-review unfinalise 定稿.xlsx -o review.xlsx'],
  },
  help: {
    brief: '顯示指令的用法與範例',
    synopsis: ['help [COMMAND]'],
    summary: '列出所有指令，或顯示一個指令的用法與範例（同 osh-review COMMAND --help）。',
    options: {},
    examples: ['osh-review help', 'osh-review help merge'],
  },
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof COMMAND_HELP;

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_HELP, name);
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: '顯示本說明' };

/** The options of a command as parseArgs takes them, --help included. */
export function optionsOf(command: CommandName): Record<string, OptionSpec> {
  return { ...COMMAND_HELP[command].options, help: HELP_OPTION };
}

function optionLabel(name: string, spec: OptionSpec): string {
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
}

/** One command's usage, options and examples. */
export function commandUsage(command: CommandName): string {
  const help: CommandHelp = COMMAND_HELP[command];
  const options = Object.entries(optionsOf(command));
  const width = Math.max(...options.map(([n, s]) => optionLabel(n, s).length));
  const lines = [
    '用法：',
    ...help.synopsis.map((s) => `  osh-review ${s}`),
    '',
    help.summary,
    '',
    '選項：',
    ...options.map(([n, s]) => `  ${optionLabel(n, s).padEnd(width)}  ${s.help}`),
    ...(help.notes && help.notes.length > 0 ? ['', ...help.notes] : []),
    '',
    '範例：',
    ...help.examples.map((e) => `  ${e}`),
  ];
  return lines.join('\n') + '\n';
}

/** Every command: its usage lines and what it does. */
export function overview(): string {
  const lines = ['用法：'];
  for (const help of Object.values(COMMAND_HELP) as CommandHelp[]) {
    lines.push(...help.synopsis.map((s) => `  osh-review ${s}`), `      ${help.brief}`);
  }
  lines.push(
    '',
    '凡寫 .xlsx 之處，也可用 .ods（ODF 試算表，政府文件標準格式）：讀取與寫出皆經 LibreOffice。',
    '輸入有誤時結束碼為 2，各問題印於標準錯誤（檔案：儲存格或欄位：說明）；加 --json 時另於標準輸出印一個 JSON 物件',
    '{"problems":[{"code","file","where","message","params"}]}（code 為固定代碼，如 entry-invalid、unit-unknown）。',
    'osh-review COMMAND --help（或 osh-review help COMMAND）顯示該指令的用法與範例；osh-review --version 顯示版本。',
    '',
  );
  return lines.join('\n');
}

/** The package's version, as `--version` prints it. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return `${pkg.name} ${pkg.version}\n`;
}

/** What a command line says before it runs: where its output goes and which arguments may name input files. */
export interface Checked {
  readonly help: boolean;
  /** Index in args of the output file's path (-o FILE, or -o=FILE / --out=FILE with `inline`). */
  readonly output?: { readonly index: number; readonly inline: boolean };
  /** Indexes in args that may name input files (positionals and option values other than the output). */
  readonly inputs: readonly { readonly index: number; readonly inline: boolean }[];
}

/** A command line that breaks the command's usage; the message names what is wrong. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command: CommandName,
  ) {
    super(message);
  }
}

/**
 * Checks a command's arguments against the options it accepts.
 * @throws UsageError naming an unknown option, a missing value or a value given to a switch
 */
export function checkArgs(command: CommandName, args: readonly string[]): Checked {
  const options = optionsOf(command);
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  let help = false;
  let output: Checked['output'];
  const inputs: { index: number; inline: boolean }[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      inputs.push({ index: token.index, inline: false });
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name]! : undefined;
    if (!spec) throw new UsageError(`${command} 不認得選項「${token.rawName}」`, command);
    if (token.name === 'help') {
      help = true;
      continue;
    }
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw new UsageError(`${command} 的選項「${token.rawName}」不接受值（收到「${token.value}」）`, command);
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
      throw new UsageError(`${command} 的選項「${token.rawName}」需要一個值${token.value === undefined ? '' : `（收到「${token.value}」，若確為此名稱請寫成 ${token.rawName}=${token.value}）`}`, command);
    }
    // The value is the next argument, or inline after '=' (or right after a short option: -oFILE).
    const at = token.inlineValue ? { index: token.index, inline: true } : { index: token.index + 1, inline: false };
    if (spec.output) output = at;
    else inputs.push(at);
  }
  return { help, ...(output && { output }), inputs };
}
