/**
 * `/search` and its twin `/api/search`, plus downloads of the whole filtered set:
 * `/search.csv` (UTF-8 with BOM), `/search.json` (array of items) and `/search.ocds.json`
 * (OCDS 1.1 release package). All read one parse of the same parameters.
 * @module
 */
import { Hono, type Context } from 'hono';
import type { Env } from '../app.js';
import type { Db } from '../../db/index.js';
import { filtersToParams, parseSearchFilters, type SearchFilters } from '../../db/queries/search-filters.js';
import { searchIds, searchNotices } from '../../db/queries/search.js';
import { searchPageData } from '../../db/queries/page-data.js';
import { CSV_HEADER, csvLine, itemBatches, ocdsPackageHead, ocdsReleases } from '../../db/queries/export.js';
import { Layout, renderPage } from '../views/layout.js';
import { SearchPage } from '../views/search-page.js';

export const searchRoutes = new Hono<Env>();

/** The JSON twin of a search, with only the parameters that are set (a submitted form sends every field). */
function apiHref(f: SearchFilters): string {
  const q = filtersToParams(f).toString();
  return q ? `/api/search?${q}` : '/api/search';
}

/** The query as one record; `region` may come from up to three selects: the most specific consistent one wins. */
function filtersOf(c: Context<Env>): SearchFilters {
  const q: Record<string, string | undefined> = { ...c.req.query() };
  const regions = (c.req.queries('region') ?? []).filter(Boolean);
  if (regions.length > 1) {
    let pick = regions[0];
    for (const r of regions.slice(1)) if (/^\d{6}$/.test(r) && /^\d{6}$/.test(pick) && r.startsWith(pick.replace(/0+$/, ''))) pick = r;
    q.region = pick;
  }
  return parseSearchFilters(q);
}

searchRoutes.get('/search', (c) => {
  const db = c.get('db');
  const f = filtersOf(c);
  const { result, methods, regions, parties } = searchPageData(db, f);
  return renderPage(
    c,
    <Layout title={f.q ? `搜索 ${f.q}` : '搜索 Search'} sample={c.get('sample')} api={apiHref(f)}>
      <SearchPage filters={f} result={result} methods={methods} regions={regions} parties={parties} />
    </Layout>,
  );
});

searchRoutes.get('/api/search', (c) => {
  const f = filtersOf(c);
  return c.json({ ok: true, filters: f, ...searchNotices(c.get('db'), f) });
});

/** A streamed body built batch by batch from ids, so a large download never blocks the connection for long. */
function streamed(parts: { head: string; tail: string; ids: number[]; encode: (db: Db, ids: number[], first: boolean) => string }, db: Db): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let i = 0;
  let started = false;
  return new ReadableStream({
    pull(ctrl) {
      if (!started) {
        started = true;
        ctrl.enqueue(enc.encode(parts.head));
        return;
      }
      if (i >= parts.ids.length) {
        ctrl.enqueue(enc.encode(parts.tail));
        ctrl.close();
        return;
      }
      const batch = parts.ids.slice(i, i + 500);
      ctrl.enqueue(enc.encode(parts.encode(db, batch, i === 0)));
      i += batch.length;
    },
  });
}

function download(c: Context<Env>, name: string, type: string, head: string, tail: string, encode: (db: Db, ids: number[], first: boolean) => string): Response {
  const db = c.get('db');
  const ids = searchIds(db, { ...filtersOf(c), page: 1 });
  return new Response(streamed({ head, tail, ids, encode }, db), {
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"`, 'X-Total-Count': String(ids.length) },
  });
}

searchRoutes.get('/search.csv', (c) =>
  download(c, 'procwatch-search.csv', 'text/csv; charset=utf-8', CSV_HEADER, '', (db, ids) => {
    let out = '';
    for (const batch of itemBatches(db, ids)) for (const item of batch) out += csvLine(item);
    return out;
  }),
);

searchRoutes.get('/search.json', (c) =>
  download(c, 'procwatch-search.json', 'application/json; charset=utf-8', '[', ']\n', (db, ids, first) => {
    const parts: string[] = [];
    for (const batch of itemBatches(db, ids)) for (const item of batch) parts.push(JSON.stringify(item));
    return (first ? '' : ',') + parts.join(',\n');
  }),
);

searchRoutes.get('/search.ocds.json', (c) => {
  const uri = c.req.url;
  return download(c, 'procwatch-search.ocds.json', 'application/json; charset=utf-8', ocdsPackageHead(uri), ']}\n', (db, ids, first) => {
    const rel = ocdsReleases(db, ids).map((r) => JSON.stringify(r));
    return (first ? '' : ',') + rel.join(',\n');
  });
});
