// The command line as one bundled file, built from the TypeScript sources on first use and whenever one of them
// changes. Loading the 80-odd modules of src/cli/main.ts one by one through tsx's loader took about half of each
// command's 1.2 s start-up; one file of plain JavaScript loads in a fraction of that (esbuild bundles it in about
// 0.1 s). Nothing here is needed for the command line to work: whatever fails, bin/osh-review.js runs the sources
// through tsx.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where the bundle is, for the sources under `root`: two folders deep, as src/cli/ is, because the sources find
 * package.json, examples/ and scripts/ relative to their own file (`new URL('../../package.json', import.meta.url)`).
 */
export function bundlePaths(root = ROOT) {
  const dir = join(root, '.cache', 'cli');
  return { entry: join(root, 'src', 'cli', 'main.ts'), bundle: join(dir, 'osh-review.mjs'), inputs: join(dir, 'inputs.json') };
}

/** Whether the bundle exists and is newer than every file it was built from (a deleted one makes it stale). */
export function upToDate(root = ROOT) {
  const { bundle, inputs } = bundlePaths(root);
  try {
    const built = statSync(bundle).mtimeMs;
    const files = JSON.parse(readFileSync(inputs, 'utf8'));
    return Array.isArray(files) && files.length > 0 && files.every((file) => statSync(join(root, file)).mtimeMs < built);
  } catch {
    return false;
  }
}

/**
 * Bundles the sources (packages stay imports from node_modules) and records the files read. Written under
 * temporary names and renamed, so two commands building at once both leave a whole bundle. The bundle is dated
 * when the build began: a source saved while it ran is newer, and the next command builds again.
 */
export async function buildBundle(root = ROOT) {
  const { entry, bundle, inputs } = bundlePaths(root);
  const { build } = await import('esbuild');
  const temp = `.${process.pid}.tmp`;
  mkdirSync(join(bundle, '..'), { recursive: true });
  try {
    // When the build began, by the file system's clock, which dates the sources: it can lag Date.now() by a tick of
    // the kernel's coarse clock (a few ms), so a source saved just after Date.now() could be dated before it. Whole
    // milliseconds, rounded down: a source saved in the same millisecond is newer, and the next command builds again.
    writeFileSync(inputs + temp, '');
    const began = new Date(Math.floor(statSync(inputs + temp).mtimeMs));
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: bundle + temp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
    });
    // Relative to `root` (absWorkingDir), as the metafile names them; tsconfig.json decides how they are compiled.
    const files = [...Object.keys(result.metafile.inputs), 'tsconfig.json'];
    writeFileSync(inputs + temp, JSON.stringify(files));
    utimesSync(bundle + temp, began, began);
    renameSync(inputs + temp, inputs);
    renameSync(bundle + temp, bundle);
  } finally {
    rmSync(bundle + temp, { force: true });
    rmSync(inputs + temp, { force: true });
  }
  return bundle;
}

/**
 * The bundle to run, built first when it is missing or stale; undefined when it cannot be (no esbuild, a folder
 * that cannot be written) or OSH_REVIEW_SOURCES=1 asks for the sources.
 */
export async function bundledCli(root = ROOT) {
  if (process.env.OSH_REVIEW_SOURCES === '1') return undefined;
  if (upToDate(root)) return bundlePaths(root).bundle;
  try {
    return await buildBundle(root);
  } catch {
    return undefined;
  }
}
