/**
 * Writes the JSON Schemas of the project's JSON files into docs/, generated
 * from the zod schemas that validate them, so the docs cannot drift from
 * the code:
 *   docs/review.schema.json     a unit review (src/review/schema.ts `review`)
 *   docs/personnel.schema.json  a personnel review, 附表二 (src/personnel/schema.ts)
 *   docs/panel.schema.json      what `osh-review merge --json` prints
 *   docs/ranking.schema.json    what `osh-review rank --json` prints
 *
 * usage: tsx scripts/write-schemas.ts [--check]
 *   --check  write nothing; exit 1 when a file in docs/ is missing or stale
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { panelJson } from '../src/workflows/merge.ts';
import { rankingJson } from '../src/workflows/rank.ts';
import { personnelReview } from '../src/personnel/schema.ts';
import { review } from '../src/review/schema.ts';

const DOCS = new URL('../docs/', import.meta.url);

const SCHEMAS: readonly { file: string; schema: z.core.$ZodType; title: string; description: string }[] = [
  {
    file: 'review.schema.json',
    schema: review,
    title: '推行職業安全衛生優良單位 初審評分（review JSON）',
    description:
      'One 評鑑人員\'s review of one candidate unit: the 附表一 answers by item id, the candidate\'s facts for 要點 三 and the 初審意見表, the opinion and the result. Read by `osh-review score`, written by `osh-review export`. Shape only: answers are checked against the rubric by the engine.',
  },
  {
    file: 'personnel.schema.json',
    schema: personnelReview,
    title: '推行職業安全衛生優良人員 初審（附表二 JSON）',
    description:
      'One 優良人員 nomination (附表二): the header, 優良事蹟 and 初審評語 by 要點 五 condition "1"–"7", earlier awards, the 初審結果 and the panel. Read by `osh-review personnel --review`, written by `osh-review personnel --export`.',
  },
  {
    file: 'panel.schema.json',
    schema: panelJson,
    title: '評鑑小組合議（osh-review merge --json）',
    description:
      'The panel members\' reviews of one candidate merged: per item each member\'s answer, the panel\'s points (the mean, to 2 decimals or the nearest value the item allows) and flags for discussion; facts the copies disagree on; 優點 and 建議 gathered; and the merged review (as review.schema.json).',
  },
  {
    file: 'ranking.schema.json',
    schema: rankingJson,
    title: '排序（osh-review rank --json）',
    description:
      'One 初審單位\'s candidates against its 附表三 quota: the eligible ranked best first (rank shared by totals equal to 2 decimals) with the cut line and any tie across it, the ineligible and the not recommended set apart with their findings, the 注意事項 warnings, and the files left out with their problems (code, where, message).',
  },
];

/** A schema file's text: the generated schema under our title and description, two-space JSON. */
export function schemaText(entry: (typeof SCHEMAS)[number]): string {
  const generated = z.toJSONSchema(entry.schema) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return JSON.stringify({ $schema, title: entry.title, description: entry.description, ...rest }, null, 2) + '\n';
}

const check = process.argv.includes('--check');
let stale = 0;
await mkdir(DOCS, { recursive: true });
for (const entry of SCHEMAS) {
  const url = new URL(entry.file, DOCS);
  const text = schemaText(entry);
  if (check) {
    const current = await readFile(url, 'utf8').catch(() => undefined);
    if (current !== text) {
      console.error(`docs/${entry.file} is ${current === undefined ? 'missing' : 'out of date'}; run: npm run schemas`);
      stale++;
    }
  } else {
    await writeFile(url, text);
    console.log(`wrote docs/${entry.file}`);
  }
}
if (stale > 0) process.exitCode = 1;
