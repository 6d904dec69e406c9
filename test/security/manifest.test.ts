/**
 * The add-in asks Office for the least it needs: ReadWriteDocument (read and
 * write the open workbook), nothing mailbox-wide or more. Checked on the
 * source manifest and, when a build exists, on dist/manifest.xml; and there
 * is no other manifest (a unified manifest.json) beside them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** The source manifest always; the built one when a build exists. */
const MANIFESTS = [join(ROOT, 'manifest.xml'), ...[join(ROOT, 'dist/manifest.xml')].filter((p) => existsSync(p))];

/** Every value of elements named `tag`, anywhere in the parsed XML. */
function valuesOf(node: unknown, tag: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => valuesOf(n, tag, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === tag) (Array.isArray(value) ? value : [value]).forEach((v) => out.push(v));
      valuesOf(value, tag, out);
    }
  }
  return out;
}

describe('manifest permissions', () => {
  it.each(MANIFESTS)('%s asks for ReadWriteDocument only', (path) => {
    const xml = readFileSync(path, 'utf8');
    const parsed = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(xml) as unknown;
    const permissions = valuesOf(parsed, 'Permissions').map((v) => String(v).trim());
    expect(permissions).toEqual(['ReadWriteDocument']);
    // One Permissions element in the raw text too (nothing the parser could have merged or hidden).
    expect(xml.match(/<Permissions>/g) ?? []).toHaveLength(1);
    expect(xml).not.toMatch(/Mailbox/);
  });

  it.each(MANIFESTS)('%s loads nothing over plain http', (path) => {
    const xml = readFileSync(path, 'utf8');
    expect(xml.match(/http:\/\/(?!schemas\.microsoft\.com|www\.w3\.org)[^"<\s]*/g) ?? []).toEqual([]);
  });

  it('is the only manifest: no unified manifest.json asks for permissions these checks do not see', () => {
    expect(existsSync(join(ROOT, 'manifest.json')), 'a manifest.json needs its own permission check here').toBe(false);
  });
});
