import Database from 'better-sqlite3';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/procwatch.js', import.meta.url));

function procwatch(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('procwatch CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints usage and --help with examples for every command', () => {
    const top = procwatch(['--help']);
    expect(top.code).toBe(0);
    const names = [...top.stdout.matchAll(/^ {2}(\w[\w-]*) {2,}/gm)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['demo', 'replay', 'scrape', 'runs', 'extract', 'classify', 'reparse', 'serve', 'stats']));
    for (const name of names) {
      const r = procwatch([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(/Examples?:/);
    }
  });

  it('fails with one clear line and a non-zero exit on misuse', () => {
    const unknown = procwatch(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    const badFlag = procwatch(['stats', '--bogus']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/^procwatch stats: .*bogus/);
    const missing = procwatch(['stats', '--db', join(dir, 'nope.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no database at/);
    // A mistyped --db for the commands that only read or give up owed URLs: one line, exit 2,
    // and no empty database left at the mistyped path (runs used to create it and say "no scrape runs yet").
    for (const args of [['runs'], ['runs', '--owed'], ['scrape', '--source', 'ccgp', '--forget-owed']]) {
      const typo = join(dir, 'typo.db');
      const r = procwatch([...args, '--db', typo]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.startsWith(`procwatch ${args[0]}: no database at ${typo} `), r.stderr).toBe(true);
      expect(existsSync(typo), args.join(' ')).toBe(false);
    }
  });

  it('demo scrapes the replayed portals into SQLite; a second demo adds nothing; reparse keeps the counts', () => {
    const db = join(dir, 'demo.db');
    const first = procwatch(['demo', '--db', db, '--no-serve']);
    expect(first.stderr + first.stdout).toMatch(/replayed SAMPLE data/);
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(procwatch(['stats', '--db', db, '--json']).stdout);
    expect(a.notices).toBeGreaterThan(40);
    expect(a.lots).toBeGreaterThan(20);
    expect(a.pages).toBeGreaterThanOrEqual(a.notices);

    expect(procwatch(['demo', '--db', db, '--no-serve']).code).toBe(0);
    const b = JSON.parse(procwatch(['stats', '--db', db, '--json']).stdout);
    expect({ ...b, runs: 0 }).toEqual({ ...a, runs: 0 });
    expect(b.runs).toBeGreaterThan(a.runs);

    const re = procwatch(['reparse', '--db', db, '--json']);
    expect(re.code, re.stderr).toBe(0);
    const c = JSON.parse(procwatch(['stats', '--db', db, '--json']).stdout);
    expect(c.notices).toBe(a.notices);
    expect(c.lots).toBe(a.lots);

    // The trigger-kept totals survived two demo runs and a reparse; a tampered one is caught and rebuilt.
    expect(procwatch(['stats', '--db', db, '--check']).stdout).toMatch(/totals +match a recount/);
    const raw = new Database(db);
    raw.prepare(`UPDATE spend_rollup SET lots = lots + 1 WHERE region_code = ''`).run();
    raw.close();
    const bad = procwatch(['stats', '--db', db, '--check']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/totals +DIFFER/);
    expect(procwatch(['stats', '--db', db, '--check', '--repair']).code).toBe(0);
    expect(procwatch(['stats', '--db', db, '--check']).code).toBe(0);
  }, 240_000); // two demos, a reparse and seven CLI starts: about 30 s alone, twice that beside other suites

  it('demo serves the dashboard and prints its URL once the page answers', async () => {
    const db = join(dir, 'demo.db');
    const child = spawn(process.execPath, [bin, 'demo', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no dashboard line in: ${out}`)), 180_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /dashboard: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`demo exited ${code}: ${out}`)));
      });
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/样例数据|sample data/i);
    } finally {
      child.kill('SIGTERM');
    }
  }, 240_000); // its own wait for the dashboard line is 180 s

  it('refuses to mix demo data into a database of real notices', () => {
    // A database whose notices are not sample data: the demo must not write into it.
    const db = join(dir, 'real.db');
    const seed = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `
        const { openDb } = await import(${JSON.stringify(fileURLToPath(new URL('../../db/index.ts', import.meta.url)))});
        const d = openDb(${JSON.stringify(db)});
        d.$client.exec("insert into sources(id,name,base_url,created_at) values('ccgp','c','http://x','t');" +
          "insert into raw_pages(source_id,url,page_kind,fetched_at,http_status,content_hash,size,body) values('ccgp','u','detail','t',200,'h',1,x'00');" +
          "insert into notices(source_id,source_url,raw_page_id,kind,text,parser_version,extracted_at,is_sample) values('ccgp','u',1,'award','t','v','t',0);");
        d.$client.close();`],
      { encoding: 'utf8' },
    );
    expect(seed.status, seed.stderr).toBe(0);
    const r = procwatch(['demo', '--db', db, '--no-serve']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/real notices/);
  });
});
