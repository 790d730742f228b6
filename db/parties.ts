/**
 * Parties (buyers, vendors, agencies) by name: the one place a name becomes a party id. A name
 * joins the party of its key (party-key.ts groups name variants), and each spelling is kept in
 * party_names. The store calls it for every notice it saves; the counting (queries/maintain.ts)
 * calls it for a correction's new winner, so it lives apart from both.
 * @module
 */
import type Database from 'better-sqlite3';
import type { Db } from './index.js';
import { partyKey } from './party-key.js';

function statements(c: Database.Database) {
  return {
    byKey: c.prepare('SELECT id FROM parties WHERE name_key = ?').pluck(),
    insert: c.prepare('INSERT INTO parties (name_key, name) VALUES (?, ?)'),
    name: c.prepare('INSERT INTO party_names (party_id, name, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof statements>>();
function stmts(db: Db) {
  let s = cache.get(db.$client);
  if (!s) cache.set(db.$client, (s = statements(db.$client)));
  return s;
}

/** The party `name` belongs to, created on first sight; the spelling is recorded under `role`. */
export function partyFor(db: Db, name: string, role: 'buyer' | 'vendor' | 'agency'): number {
  const s = stmts(db);
  const key = partyKey(name);
  let id = s.byKey.get(key) as number | undefined;
  if (id === undefined) id = Number(s.insert.run(key, name).lastInsertRowid);
  s.name.run(id, name, role);
  return id;
}

/**
 * The party a correction item's winner after is: the party for the name (its first member, if it
 * names a consortium joined with "；" as lot vendors are), so a typo-level change of the name (same
 * party key) is the lot's own vendor and another name another party.
 */
export function correctionVendorParty(db: Db, vendorAfter: string | null): number | null {
  const first = vendorAfter?.split('；')[0].trim();
  return first ? partyFor(db, first, 'vendor') : null;
}
