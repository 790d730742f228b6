/**
 * `npm run new-source -- <slug>`: scaffold a portal adapter the City Bureau way, all named by
 * one slug: scrapers/sources/<slug>.ts, its line in the registry, tests/fixtures/<slug>/ with a
 * meta.json, and tests/scrapers/<slug>.test.ts, which fails until real assertions on a real
 * saved page replace its placeholder.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REGISTRY_MARK = '  // new-source: registry line above this comment';

function camel(slug: string): string {
  return slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function adapter(slug: string, name: string): string {
  const id = camel(slug);
  return `/**
 * ${name} (${slug}). Say here where the lists are, what the detail pages look like, and why the
 * fetcher is http (or browser), citing portals.md.
 * @module
 */
import * as cheerio from 'cheerio';
import { ParseError, PortalChangedError } from '../errors.js';
import { cap, isoDay, type ListItem, type Source } from './types.js';

const BASE = 'https://www.example.gov.cn';

export const ${id}: Source = {
  id: '${slug}',
  name: '${name}',
  baseUrl: BASE,
  fetcher: 'http',
  pacing: { rate: 1, retries: 3 },
  modes: ['lists'],
  classifyTitles: true,
  startRequests: () => [{ url: \`\${BASE}/list/index.htm\`, label: 'list', page: 1 }],
  parseList(body, req) {
    const $ = cheerio.load(body);
    const ul = $('ul.list');
    if (!ul.length) throw new PortalChangedError('list page without ul.list', req.url);
    const items: ListItem[] = [];
    ul.children('li').each((_, li) => {
      const a = $(li).find('a[href]').first();
      const title = cap(a.text()) ?? '';
      const day = isoDay($(li).find('span').first().text());
      items.push({ url: new URL(a.attr('href')!, req.url).toString(), title, publishedAt: day, hints: { title, publishedAt: day } });
    });
    return { items, next: null, total: null };
  },
  detailRequest: (url) => ({ url }),
  parseDetail(body, url) {
    const $ = cheerio.load(body);
    if (!$('div.content').length) throw new ParseError('detail page without div.content', url);
    return { html: body, url, hints: { title: cap($('title').text()) } };
  },
  canonicalize: (url) => {
    const u = new URL(url, BASE);
    return \`\${BASE}\${u.pathname}\${u.search}\`;
  },
};
`;
}

function testFile(slug: string): string {
  const id = camel(slug);
  return `/**
 * ${slug}: parse the saved real pages in tests/fixtures/${slug}/ (see its meta.json).
 * Scaffolded by new-source: this test fails until the placeholder fixtures are replaced by
 * real saved pages and the assertions below by real ones (item count, one full record, dates).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ${id} } from '../../scrapers/sources/${slug}.js';

const dir = new URL('../fixtures/${slug}/', import.meta.url);

describe('${slug} adapter', () => {
  it('parses its saved list page', () => {
    const req = ${id}.startRequests({ mode: 'lists', since: null, until: null, keywords: [], now: new Date() })[0];
    const page = ${id}.parseList(readFileSync(new URL('list-1.html', dir), 'utf8'), req);
    expect(page.items.length).toBe(20); // TODO: the real count on the saved page
  });
});
`;
}

/** Scaffold source `slug`; returns the files written. Throws if the slug is bad or taken. */
export function newSource(slug: string, name = slug, root = ROOT): string[] {
  if (!/^[a-z][a-z0-9-]{1,30}$/.test(slug)) throw new Error(`slug must be lowercase letters, digits and dashes, got "${slug}"`);
  const adapterPath = join(root, 'scrapers/sources', `${slug}.ts`);
  if (existsSync(adapterPath)) throw new Error(`scrapers/sources/${slug}.ts already exists`);
  const registryPath = join(root, 'scrapers/sources/index.ts');
  const registry = readFileSync(registryPath, 'utf8');
  if (!registry.includes(REGISTRY_MARK)) throw new Error('registry marker not found in scrapers/sources/index.ts');
  const id = camel(slug);
  const withImport = registry.replace(/(import type \{ Source \} from '\.\/types\.js';)/, `import { ${id} } from './${slug}.js';\n$1`);
  writeFileSync(registryPath, withImport.replace(REGISTRY_MARK, `  ${id},\n${REGISTRY_MARK}`));
  writeFileSync(adapterPath, adapter(slug, name));
  const fixtures = join(root, 'tests/fixtures', slug);
  mkdirSync(fixtures, { recursive: true });
  const meta = { source: slug, note: 'replace the placeholders with real saved pages', fixtures: { 'list-1.html': { url: null, savedAt: null, covers: 'first list page' } } };
  writeFileSync(join(fixtures, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(join(fixtures, 'list-1.html'), '<!-- placeholder: save the real list page here -->\n');
  const testPath = join(root, 'tests/scrapers', `${slug}.test.ts`);
  writeFileSync(testPath, testFile(slug));
  return [adapterPath, registryPath, join(fixtures, 'meta.json'), join(fixtures, 'list-1.html'), testPath];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [slug, name] = process.argv.slice(2);
  try {
    if (!slug) throw new Error('usage: npm run new-source -- <slug> [显示名称]');
    for (const f of newSource(slug, name)) process.stdout.write(`wrote ${f}\n`);
    process.stdout.write(`next: save real pages under tests/fixtures/${slug}/, write the parsers, make tests/scrapers/${slug}.test.ts pass\n`);
  } catch (e) {
    process.stderr.write(`new-source: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
