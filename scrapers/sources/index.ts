/**
 * The explicit source registry: a new portal is its adapter file plus one line here
 * (`npm run new-source -- <slug>` writes both). No globbing, so the list is greppable.
 * @module
 */
import { ccgp } from './ccgp.js';
import { gdgpo } from './gdgpo.js';
import { guangxi } from './guangxi.js';
import { hubei } from './hubei.js';
import { jiangsu } from './jiangsu.js';
import type { Source } from './types.js';
import { zhejiang } from './zhejiang.js';

export type { Source, ListItem, ListPage, ListPlan, ListRequest, ScrapeMode } from './types.js';

export const SOURCES: Source[] = [
  ccgp,
  gdgpo,
  guangxi,
  zhejiang,
  hubei,
  jiangsu,
  // new-source: registry line above this comment
];

/** The source with slug `id`, or an error naming the known ones. */
export function sourceById(id: string): Source {
  const s = SOURCES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source "${id}" (known: ${SOURCES.map((x) => x.id).join(', ')})`);
  return s;
}
