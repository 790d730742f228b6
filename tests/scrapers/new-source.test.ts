/**
 * `npm run new-source` scaffolds adapter, registry line, fixture folder and a failing test, in a
 * copy of the tree (never the real one).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newSource } from '../../scrapers/new-source.js';

const root = mkdtempSync(join(tmpdir(), 'procwatch-newsource-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('new-source', () => {
  it('writes the adapter, the registry line, the fixture folder and a test, and refuses a taken slug', () => {
    mkdirSync(join(root, 'scrapers'), { recursive: true });
    mkdirSync(join(root, 'tests/scrapers'), { recursive: true });
    cpSync('scrapers/sources', join(root, 'scrapers/sources'), { recursive: true });
    const files = newSource('shandong', '山东省政府采购网', root);
    expect(files).toHaveLength(5);
    for (const f of files) expect(existsSync(f)).toBe(true);
    const registry = readFileSync(join(root, 'scrapers/sources/index.ts'), 'utf8');
    expect(registry).toContain("import { shandong } from './shandong.js';");
    expect(registry).toMatch(/ {2}shandong,\n {2}\/\/ new-source/);
    expect(readFileSync(join(root, 'scrapers/sources/shandong.ts'), 'utf8')).toContain("id: 'shandong'");
    expect(readFileSync(join(root, 'tests/scrapers/shandong.test.ts'), 'utf8')).toContain('fails until');
    expect(() => newSource('shandong', 'x', root)).toThrow(/already exists/);
    expect(() => newSource('Bad Slug', 'x', root)).toThrow(/slug/);
  });
});
