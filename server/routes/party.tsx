/**
 * `/vendors/:id` and `/buyers/:id` (name variants grouped under one party) and their twins.
 * @module
 */
import { Hono } from 'hono';
import type { Env } from '../app.js';
import { partyDetail } from '../../db/queries/party.js';
import { Layout, renderPage } from '../views/layout.js';
import { PartyPage } from '../views/party-page.js';

export const partyRoutes = new Hono<Env>();

for (const role of ['vendor', 'buyer'] as const) {
  partyRoutes.get(`/${role}s/:id`, (c) => {
    const d = partyDetail(c.get('db'), c.req.param('id'), role);
    return renderPage(
      c,
      <Layout title={d.name} sample={c.get('sample')} api={`/api/${role}s/${d.id}`} charts>
        <PartyPage d={d} />
      </Layout>,
    );
  });
  partyRoutes.get(`/api/${role}s/:id`, (c) => c.json({ ok: true, ...partyDetail(c.get('db'), c.req.param('id'), role) }));
}
