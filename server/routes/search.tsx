/**
 * `/search` and its twin `/api/search`, plus downloads of the whole filtered set:
 * `/search.csv` (UTF-8 with BOM), `/search.json` (array of items) and `/search.ocds.json`
 * (OCDS 1.1 release package). All read one parse of the same parameters.
 * @module
 */
import { Hono, type Context } from 'hono';
import type { Env } from '../app.js';
import { openSnapshot, type Db } from '../../db/index.js';
import { filtersToParams, parseSearchFilters, type SearchFilters } from '../../db/queries/search-filters.js';
import { itemsByIds, searchDownload, searchNotices } from '../../db/queries/search.js';
import { searchPageData } from '../../db/queries/page-data.js';
import { CSV_HEADER, csvLine, ocdsPackageHead, ocdsReleases } from '../../db/queries/export.js';
import { Layout, renderPage } from '../views/layout.js';
import { SearchPage } from '../views/search-page.js';

export const searchRoutes = new Hono<Env>();

/** The most rows one download holds. */
const DOWNLOAD_CAP = 1_000_000;

/** The JSON twin of a search, with only the parameters that are set (a submitted form sends every field). */
function apiHref(f: SearchFilters): string {
  const q = filtersToParams(f).toString();
  return q ? `/api/search?${q}` : '/api/search';
}

/** The query as one record; `region` may come from up to three selects: the most specific consistent one wins. */
function filtersOf(c: Context<Env>): SearchFilters {
  const q: Record<string, string | undefined> = { ...c.req.query() };
  let regions = (c.req.queries('region') ?? []).filter(Boolean);
  // region=none beside a province, city or county: the form's 中央/未知 box (shown only while no
  // region is chosen) stayed ticked while a province was chosen. The chosen region wins, as the
  // most specific of the selects does.
  if (regions.some((r) => r !== 'none')) regions = regions.filter((r) => r !== 'none');
  if (regions.length) q.region = regions[0];
  if (regions.length > 1) {
    let pick = regions[0];
    for (const r of regions.slice(1)) if (/^\d{6}$/.test(r) && /^\d{6}$/.test(pick) && r.startsWith(pick.replace(/0+$/, ''))) pick = r;
    q.region = pick;
  }
  return parseSearchFilters(q);
}

/**
 * Whether a query is what the filter form sends rather than a link: every field, the empty ones
 * too, and each region select (…&from=&to=&region=450000&region=450300&kind=&…). Links are built
 * by filtersToParams and have neither empty values nor repeated keys.
 */
function formNoise(query: URLSearchParams): boolean {
  const keys = new Set<string>();
  for (const [k, v] of query) {
    if (v === '' || keys.has(k)) return true;
    keys.add(k);
  }
  return false;
}

searchRoutes.get('/search', (c) => {
  const db = c.get('db');
  const f = filtersOf(c);
  // A submitted form lands on the same search's short URL, so the address bar holds a link worth
  // sharing: ?q=抖音&region=450300 rather than thirteen parameters, most of them empty.
  if (formNoise(new URL(c.req.url).searchParams)) {
    const q = filtersToParams(f).toString();
    return c.redirect(q ? `/search?${q}` : '/search', 303);
  }
  const { result, methods, regions, parties, sources } = searchPageData(db, f);
  return renderPage(
    c,
    <Layout title={f.q ? `搜索 ${f.q}` : '搜索 Search'} sample={c.get('sample')} api={apiHref(f)}>
      <SearchPage filters={f} result={result} methods={methods} regions={regions} parties={parties} sources={sources} />
    </Layout>,
  );
});

searchRoutes.get('/api/search', (c) => {
  const f = filtersOf(c);
  return c.json({ ok: true, filters: f, ...searchNotices(c.get('db'), f) });
});

type Encode = (db: Db, ids: number[], first: boolean) => string;

/**
 * A download's body, encoded batch by batch as the reader asks for more: the first rows leave
 * at once, and neither the ids nor the rows of a large set are ever held whole. `done` runs once,
 * when the body ends, fails or is cancelled (a client that hangs up mid-way).
 */
function streamed(db: Db, batches: Generator<number[], void, undefined>, parts: { head: string; tail: string; encode: Encode }, done: () => void): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let first = true;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    batches.return();
    done();
  };
  return new ReadableStream({
    start(ctrl) {
      ctrl.enqueue(enc.encode(parts.head));
    },
    pull(ctrl) {
      try {
        const next = batches.next();
        if (next.done) {
          ctrl.enqueue(enc.encode(parts.tail));
          ctrl.close();
          finish();
          return;
        }
        ctrl.enqueue(enc.encode(parts.encode(db, next.value, first)));
        first = false;
      } catch (e) {
        finish();
        ctrl.error(e);
      }
    },
    cancel: finish,
  });
}

/**
 * A download's file name. A file leaves the site without its banner and is passed on as it is,
 * so a set holding sample data says so in the name it is saved under
 * (procwatch-search-SAMPLE-DATA.csv): nobody should mistake replayed demo notices for real ones.
 */
function fileName(c: Context<Env>, name: string): string {
  return c.get('sample') ? name.replace(/^procwatch-search/, 'procwatch-search-SAMPLE-DATA') : name;
}

function download(c: Context<Env>, name: string, type: string, head: string, tail: string, encode: Encode): Response {
  const f = { ...filtersOf(c), page: 1 };
  // One snapshot for the count and every row, on a connection of its own (see openSnapshot).
  const snap = openSnapshot(c.get('db'));
  let dl: ReturnType<typeof searchDownload>;
  try {
    dl = searchDownload(snap.db, f, 500, DOWNLOAD_CAP);
  } catch (e) {
    snap.close();
    throw e;
  }
  return new Response(streamed(snap.db, dl.batches, { head, tail, encode }, snap.close), {
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${fileName(c, name)}"`, 'X-Total-Count': String(dl.total) },
  });
}

searchRoutes.get('/search.csv', (c) =>
  download(c, 'procwatch-search.csv', 'text/csv; charset=utf-8', CSV_HEADER, '', (db, ids) => {
    let out = '';
    for (const item of itemsByIds(db, ids)) out += csvLine(item);
    return out;
  }),
);

searchRoutes.get('/search.json', (c) =>
  download(c, 'procwatch-search.json', 'application/json; charset=utf-8', '[', ']\n', (db, ids, first) => {
    return (first ? '' : ',') + itemsByIds(db, ids).map((item) => JSON.stringify(item)).join(',\n');
  }),
);

searchRoutes.get('/search.ocds.json', (c) => {
  const uri = c.req.url;
  return download(c, 'procwatch-search.ocds.json', 'application/json; charset=utf-8', ocdsPackageHead(uri), ']}\n', (db, ids, first) => {
    const rel = ocdsReleases(db, ids).map((r) => JSON.stringify(r));
    return (first ? '' : ',') + rel.join(',\n');
  });
});
