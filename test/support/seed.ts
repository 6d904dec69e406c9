/**
 * Where the source documents are: `../shared/seeds/` beside the project's
 * root, on a developer's machine and in CI alike.
 */
import { fileURLToPath } from 'node:url';

/** The 要點 with 附表一–四, the 初審意見表 and the filling instructions. */
export const SEED = fileURLToPath(new URL('../../../shared/seeds/002_89b3924fadd71828.txt', import.meta.url));
