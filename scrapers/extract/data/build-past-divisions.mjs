// Build past-divisions.json: the divisions GB/T 2260 listed between 2002 and 2016 under a name
// they no longer carry (双流县 510122 → today's 双流区 510116; 毕节地区 5224 → 毕节市 5205;
// 居巢区 341402 of the former 巢湖市 3414), from the `gb2260` package's revision files.
//
//   cd /tmp && npm pack gb2260@0.6.0 && tar xzf gb2260-0.6.0.tgz
//   node scrapers/extract/data/build-past-divisions.mjs /tmp/package/lib
//
// Each entry is [code, name, last revision listing it]: a 2-, 4- or 6-digit code as
// divisions.json keys them. Only names that differ from today's name for the same code (or whose
// code is gone) are kept; placeholders (市辖区, 县) are not divisions.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = process.argv[2];
if (!lib) throw new Error('usage: node build-past-divisions.mjs <gb2260 package lib dir>');
const here = dirname(fileURLToPath(import.meta.url));
const now = JSON.parse(readFileSync(join(here, 'divisions.json'), 'utf8'));
const today = new Map([...now.provinces, ...now.cities, ...now.areas]);
const revisions = readdirSync(lib).filter((f) => /^\d{6}\.json$/.test(f)).sort();
const key = (code) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);
const past = new Map();
for (const file of revisions) {
  const rev = file.slice(0, 6);
  for (const [code, name] of Object.entries(JSON.parse(readFileSync(join(lib, file), 'utf8')))) {
    if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name)) continue;
    const k = key(code);
    if (today.get(k) === name) continue;
    past.set(`${k} ${name}`, [k, name, rev]);
  }
}
const rows = [...past.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));
writeFileSync(join(here, 'past-divisions.json'), `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`past-divisions.json: ${rows.length} names from ${revisions.length} revisions (${revisions[0]}–${revisions.at(-1)})`);
