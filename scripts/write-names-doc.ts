/**
 * Writes docs/workbook-names.md from the workbook layout, so the list of
 * defined names cannot drift from what the writers create.
 * Run: npx tsx scripts/write-names-doc.ts
 */
import { writeFileSync } from 'node:fs';
import { namesDoc } from './names-doc.ts';

writeFileSync(new URL('../docs/workbook-names.md', import.meta.url), namesDoc());
console.log('docs/workbook-names.md written');
