/**
 * Printing a workbook to PDF with LibreOffice, where it is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RenderResult = { readonly ok: true; readonly pdf: string } | { readonly ok: false; readonly reason: string };

/** The project's lo-render (LibreOffice headless: PDF, PNG pages, CSVs, pages.txt). */
export const LO_RENDER = fileURLToPath(new URL('../../scripts/lo-render', import.meta.url));

export function hasLibreOffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
}

/** Renders `xlsx` into `outDir` (PDF, one PNG per page, pages.txt). */
export async function renderPdf(xlsx: string, outDir: string): Promise<RenderResult> {
  if (!hasLibreOffice()) return { ok: false, reason: '找不到 LibreOffice（soffice）；安裝 libreoffice-calc-nogui fonts-noto-cjk poppler-utils 後可列印' };
  const run = spawnSync(LO_RENDER, [xlsx, outDir], { encoding: 'utf8' });
  const pdf = join(outDir, basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
  if (run.status !== 0 || !existsSync(pdf)) return { ok: false, reason: `LibreOffice 無法列印（${(run.stderr || run.stdout).trim().split('\n').at(-1)}）` };
  return { ok: true, pdf };
}
