/**
 * robots.txt (RFC 9309): the group for our product token ("procwatch") or else "*", the
 * longest matching Allow/Disallow rule wins, `*` and `$` wildcards, and Crawl-delay.
 * @module
 */

export interface RobotsRules {
  allow: string[];
  disallow: string[];
  /** seconds, when the group sets Crawl-delay */
  crawlDelay: number | null;
}

/** Rules that allow everything (robots.txt missing, 4xx). */
export const ALLOW_ALL: RobotsRules = { allow: [], disallow: [], crawlDelay: null };

/** Parse robots.txt for `agent` (lowercase product token); the `*` group is the fallback. */
export function parseRobots(text: string, agent = 'procwatch'): RobotsRules {
  const groups: { agents: string[]; rules: RobotsRules }[] = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let lastWasAgent = false;
  for (const raw of text.slice(0, 500_000).split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [], crawlDelay: null } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' && value) current.rules.allow.push(value);
    else if (key === 'disallow' && value) current.rules.disallow.push(value);
    else if (key === 'crawl-delay' && /^\d+(\.\d+)?$/.test(value)) current.rules.crawlDelay = Number(value);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && agent.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  if (!chosen.length) return ALLOW_ALL;
  return {
    allow: chosen.flatMap((g) => g.rules.allow),
    disallow: chosen.flatMap((g) => g.rules.disallow),
    crawlDelay: chosen.map((g) => g.rules.crawlDelay).find((d) => d !== null) ?? null,
  };
}

function matchLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = new RegExp(`^${body.split('*').map(escapeRe).join('.*')}${anchored ? '$' : ''}`);
  return re.test(path) ? pattern.length : -1;
}

function escapeRe(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `pathAndQuery` may be fetched: the longest matching rule decides, Allow wins ties. */
export function robotsAllows(rules: RobotsRules, pathAndQuery: string): boolean {
  let best = -1;
  let allowed = true;
  for (const p of rules.allow) {
    const n = matchLength(p, pathAndQuery);
    if (n > best || (n === best && n >= 0)) [best, allowed] = [n, true];
  }
  for (const p of rules.disallow) {
    const n = matchLength(p, pathAndQuery);
    if (n > best) [best, allowed] = [n, false];
  }
  return allowed;
}
