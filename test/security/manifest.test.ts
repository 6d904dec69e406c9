/**
 * The add-in asks Office for the least it needs: ReadWriteDocument (read and
 * write the open workbook), nothing mailbox-wide or more. Checked on the
 * source manifest and, when a build exists, on dist/manifest.xml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MANIFESTS = ['manifest.xml', 'dist/manifest.xml'].map((p) => join(ROOT, p)).filter((p) => existsSync(p));

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

describe.skipIf(MANIFESTS.length === 0)('manifest permissions', () => {
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
});

describe.skipIf(!existsSync(join(ROOT, 'manifest.json')))('unified manifest (manifest.json)', () => {
  it('asks for the document read/write permission only', () => {
    const json = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { authorization?: { permissions?: { resourceSpecific?: { name: string }[] } } };
    const names = (json.authorization?.permissions?.resourceSpecific ?? []).map((p) => p.name);
    expect(names).toEqual(['Document.ReadWrite.User']);
  });
});
