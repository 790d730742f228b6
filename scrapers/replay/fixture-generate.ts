/**
 * Writes the ccgp replay fixtures: every notice spec (corpus, modelled, filler, hostile) rendered
 * into the real detail template as a static file under tests/fixtures/ccgp/site/<url path>, the
 * changed-layout variant, and index.json (what is served, for the handler and for tests).
 * The output is committed; rerun after changing a spec:
 *
 *   npx tsx scrapers/replay/fixture-generate.ts [--corpus ../shared/corpus] [--sample ../shared/samples/ccgp-detail-1.html]
 *
 * Deterministic: the same inputs write byte-identical files.
 * @module
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSpecs } from './fixture-ccgp-corpus.js';
import { fillerSpecs, hostileSpec } from './fixture-ccgp-filler.js';
import { gdgpoNotices, gdgpoShell } from './fixture-gdgpo-notices.js';
import { guangxiNotices } from './fixture-guangxi-notices.js';
import { zhejiangNotices } from './fixture-zhejiang-notices.js';
import { modelledSpecs } from './fixture-ccgp-modelled.js';
import { PROVINCES, ccgpDetailPath, type CcgpIndexEntry, type CcgpNoticeSpec } from './fixture-ccgp-spec.js';
import { renderCcgpDetail } from './fixture-ccgp-template.js';

/** The detail page that also gets a changed-layout copy (the real 048 sample page). */
export const CHANGED_LAYOUT_SOURCE = '/cggg/dfgg/zbgg/202505/t20250527_24670758.htm';

/** All ccgp specs in a fixed order. */
export function allCcgpSpecs(corpusDir: string, samplePath: string): CcgpNoticeSpec[] {
  return [
    ...corpusSpecs(corpusDir, samplePath, 24_500_011),
    ...modelledSpecs(24_600_003),
    ...fillerSpecs(24_700_001),
    hostileSpec(24_799_999),
  ];
}

/** Build the index entry for a spec and its rendered size. */
export function indexEntry(spec: CcgpNoticeSpec, bytes: number): CcgpIndexEntry {
  const { bodyHtml: _b, summary: _s, summaryHtml: _h, ...rest } = spec;
  const [zone, zoneId] = spec.province ? (PROVINCES[spec.province] ?? ['', '']) : ['', ''];
  return { ...rest, path: ccgpDetailPath(spec), zone, zoneId, bytes };
}

function main(argv: string[]): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const flag = (name: string, d: string): string => {
    const i = argv.indexOf(name);
    return resolve(root, i >= 0 ? argv[i + 1] : d);
  };
  const corpus = flag('--corpus', '../shared/corpus');
  const sample = flag('--sample', '../shared/samples/ccgp-detail-1.html');
  const out = resolve(root, 'tests/fixtures/ccgp');
  rmSync(resolve(out, 'site'), { recursive: true, force: true });
  rmSync(resolve(out, 'variants'), { recursive: true, force: true });

  const specs = allCcgpSpecs(corpus, sample);
  const seen = new Set<string>();
  const index: CcgpIndexEntry[] = [];
  for (const spec of specs) {
    const path = ccgpDetailPath(spec);
    if (seen.has(path)) throw new Error(`duplicate detail path ${path}`);
    seen.add(path);
    const html = renderCcgpDetail(spec);
    const file = resolve(out, 'site' + path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    index.push(indexEntry(spec, Buffer.byteLength(html)));
    if (path === CHANGED_LAYOUT_SOURCE) {
      const vfile = resolve(out, 'variants/changed-layout' + path);
      mkdirSync(dirname(vfile), { recursive: true });
      writeFileSync(vfile, renderCcgpDetail(spec, { changedLayout: true }));
    }
  }
  if (!seen.has(CHANGED_LAYOUT_SOURCE)) throw new Error('changed-layout source page missing');
  writeFileSync(resolve(out, 'index.json'), JSON.stringify(index, null, 1) + '\n');
  const by = (k: (e: CcgpIndexEntry) => string): Record<string, number> =>
    index.reduce<Record<string, number>>((m, e) => ((m[k(e)] = (m[k(e)] ?? 0) + 1), m), {});
  console.log(`wrote ${index.length} detail pages to ${out}/site`);
  console.log('by origin', by((e) => e.origin));
  console.log('by channel', by((e) => `${e.scope}/${e.channel}`));
  console.log('video-ops', index.filter((e) => e.videoOps).length);

  const gd = resolve(root, 'tests/fixtures/gdgpo');
  mkdirSync(gd, { recursive: true });
  writeFileSync(resolve(gd, 'notices.json'), JSON.stringify(gdgpoNotices(), null, 1) + '\n');
  writeFileSync(resolve(gd, 'index.html'), gdgpoShell());
  const gx = resolve(root, 'tests/fixtures/guangxi');
  mkdirSync(gx, { recursive: true });
  writeFileSync(resolve(gx, 'notices.json'), JSON.stringify(guangxiNotices(), null, 1) + '\n');
  const zj = resolve(root, 'tests/fixtures/zhejiang');
  mkdirSync(zj, { recursive: true });
  writeFileSync(resolve(zj, 'notices.json'), JSON.stringify(zhejiangNotices(), null, 1) + '\n');
  console.log(`gdgpo ${gdgpoNotices().length}, guangxi ${guangxiNotices().length}, zhejiang ${zhejiangNotices().length} notices`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
