/**
 * The source document, kept in the repository (`docs/source/`, see its README) so that a clone needs nothing
 * beside it.
 */
import { fileURLToPath } from 'node:url';

/** The 要點 with 附表一–四, the 初審意見表 and the filling instructions. */
export const SEED = fileURLToPath(new URL('../../docs/source/113-osh-selection.txt', import.meta.url));
