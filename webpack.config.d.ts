/** Types of webpack.config.js, for the tests that read the build's configuration. */
export const PLACEHOLDER: string;
export function normalizeBaseUrl(value: string): string;
export function manifestFor(xml: string, baseUrl: string): string;
export const COMPILE_HINT: string;
export const COMPILE_HINTED: readonly string[];
declare const config: (env?: Record<string, unknown>, argv?: Record<string, unknown>) => unknown;
export default config;
