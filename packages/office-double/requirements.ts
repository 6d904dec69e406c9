/**
 * Requirement sets: which API versions the simulated Excel has, as
 * `Office.context.requirements.isSetSupported(name, version)` answers.
 */

/** Compares "1.10" and "1.9" as versions (1.10 is newer). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number(x));
  const pb = b.split('.').map((x) => Number(x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class RequirementSets {
  private readonly sets = new Map<string, string>();

  constructor(sets: Readonly<Record<string, string>>) {
    for (const [name, version] of Object.entries(sets)) this.sets.set(name.toLowerCase(), version);
  }

  /** Like Office.js: the version is optional (any version of the set), numbers are accepted for old callers. */
  isSetSupported(name: string, version?: string | number): boolean {
    const have = this.sets.get(name.toLowerCase());
    if (have === undefined) return false;
    if (version === undefined || version === null || version === '') return true;
    const want = typeof version === 'number' ? version.toFixed(1) : version;
    return compareVersions(have, want) >= 0;
  }

  version(name: string): string | undefined {
    return this.sets.get(name.toLowerCase());
  }

  entries(): [string, string][] {
    return [...this.sets.entries()];
  }
}
