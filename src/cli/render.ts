/**
 * Printing a workbook to PDF with LibreOffice, where it is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSoffice, INSTALL_HINT, SOFFICE_TIMEOUT_MS } from './libreoffice.ts';

export type RenderResult = { readonly ok: true; readonly pdf: string } | { readonly ok: false; readonly reason: string };

/** The project's lo-render (LibreOffice headless: PDF, PNG pages, CSVs, pages.txt). */
export const LO_RENDER = fileURLToPath(new URL('../../scripts/lo-render', import.meta.url));

/** Whether LibreOffice is installed (libreoffice.ts finds it, for every command). */
export function hasLibreOffice(): boolean {
  return findSoffice() !== undefined;
}

/** Renders `xlsx` into `outDir` (PDF, one PNG per page, pages.txt). */
export async function renderPdf(xlsx: string, outDir: string): Promise<RenderResult> {
  const soffice = findSoffice();
  if (!soffice) return { ok: false, reason: `${INSTALL_HINT}；另需 poppler-utils 產生各頁圖片` };
  // lo-render runs the soffice found here (first on its PATH), with its own private profile, bounded in time.
  const env = { ...process.env, PATH: `${dirname(soffice)}${delimiter}${process.env.PATH ?? ''}` };
  const run = spawnSync(LO_RENDER, [xlsx, outDir], { encoding: 'utf8', env, timeout: 4 * SOFFICE_TIMEOUT_MS });
  const pdf = join(outDir, basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
  if (run.status !== 0 || !existsSync(pdf)) return { ok: false, reason: `LibreOffice 無法列印（${(run.stderr || run.stdout).trim().split('\n').at(-1)}）` };
  return { ok: true, pdf };
}
