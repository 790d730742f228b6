import { sqliteTable, text, integer, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

/**
 * A buyer, vendor or agency. Names vary between notices (full-width brackets, 有限责任公司
 * typos, stray spaces); `nameKey` is the normalized form that groups them.
 */
export const parties = sqliteTable(
  'parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nameKey: text('name_key').notNull(),
    name: text('name').notNull(), // the first spelling seen
  },
  (t) => [uniqueIndex('parties_name_key_idx').on(t.nameKey)],
);

/** Every spelling of a party's name seen in a notice, with the role it appeared in. */
export const partyNames = sqliteTable(
  'party_names',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    name: text('name').notNull(),
    role: text('role').notNull(), // buyer | vendor | agency
  },
  (t) => [uniqueIndex('party_names_name_role_idx').on(t.name, t.role), index('party_names_party_idx').on(t.partyId)],
);
