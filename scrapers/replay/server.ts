/**
 * The replay portal: a loopback HTTP server serving one portal's recorded content (the
 * `ReplayHandler` in scrapers/replay/<portal>.ts) with robots.txt and switchable fault
 * injection around it. Tests and `procwatch demo` scrape it instead of the real portals.
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ccgpBlockPage, ccgpCaptchaPage } from './ccgp.js';
import { DEFAULT_ROBOTS, changeLayout, hideItems, matches, toGbk, wafPage, type Faults } from './faults.js';
import type { ReplayHandler, ReplayResponse } from './types.js';

export type ReplayPortal = 'ccgp' | 'gdgpo' | 'guangxi' | 'zhejiang' | 'hubei' | 'jiangsu';
export const REPLAY_PORTALS: ReplayPortal[] = ['ccgp', 'gdgpo', 'guangxi', 'zhejiang', 'hubei', 'jiangsu'];

export interface ReplayOptions {
  portal: ReplayPortal;
  /** 0 (default) = any free port */
  port?: number;
  faults?: Faults;
  /** serve this handler instead of the portal's own (scaffolded sources, unit tests) */
  handler?: ReplayHandler;
}

export interface ReplayLogEntry {
  method: string;
  path: string;
  status: number;
}

export interface Replay {
  baseUrl: string;
  /** replace the faults (and reset their counters) */
  setFaults(f: Faults): void;
  /** every request served, in order */
  requests: ReplayLogEntry[];
  close(): Promise<void>;
}

const CHANGED_LAYOUT_PREFIX = '/_variants/changed-layout';

/** Load a portal's handler (scrapers/replay/<portal>.ts exports `<portal>Handler`). */
export async function loadHandler(portal: ReplayPortal): Promise<ReplayHandler> {
  if (!REPLAY_PORTALS.includes(portal)) throw new Error(`unknown replay portal "${portal}" (known: ${REPLAY_PORTALS.join(', ')})`);
  const mod = (await import(/* @vite-ignore */ `./${portal}.js`)) as Record<string, unknown>;
  const h = mod[`${portal}Handler`];
  if (typeof h !== 'function') throw new Error(`scrapers/replay/${portal}.ts does not export ${portal}Handler`);
  return h as ReplayHandler;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 1_000_000) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Start the replay of `portal` on 127.0.0.1. */
export async function startReplay(opts: ReplayOptions): Promise<Replay> {
  const handler = opts.handler ?? (await loadHandler(opts.portal));
  let faults: Faults = opts.faults ?? {};
  let counters = { rateLimit: 0, unavailable: 0, stall: 0, truncate: 0, served: 0 };
  const reset = () => {
    counters = { rateLimit: faults.rateLimit?.count ?? 0, unavailable: faults.unavailable?.count ?? 0, stall: faults.stall?.count ?? 0, truncate: faults.truncate?.count ?? 0, served: 0 };
  };
  reset();
  const requests: ReplayLogEntry[] = [];
  const sockets = new Set<Socket>();
  let baseUrl = '';

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathAndQuery = url.pathname + url.search;
    const body = await readBody(req);
    const send = (status: number, headers: Record<string, string>, payload: string | Buffer) => {
      requests.push({ method: req.method ?? 'GET', path: pathAndQuery, status });
      res.writeHead(status, headers);
      res.end(payload);
    };
    if (url.pathname === '/robots.txt') return send(200, { 'content-type': 'text/plain; charset=utf-8' }, faults.robots ?? DEFAULT_ROBOTS);

    const hit = matches(faults, pathAndQuery);
    counters.served++;
    if (hit && faults.slowMs) await new Promise((r) => setTimeout(r, faults.slowMs));
    if (hit && faults.blockAfter !== undefined && counters.served > faults.blockAfter) {
      if (faults.blockKind === 'waf403') return send(403, { 'content-type': 'text/html; charset=utf-8' }, wafPage());
      const page = faults.blockKind === 'captcha' ? ccgpCaptchaPage() : ccgpBlockPage(req.socket.remoteAddress ?? '127.0.0.1');
      return send(200, { 'content-type': 'text/html; charset=utf-8' }, page);
    }
    if (hit && counters.rateLimit > 0) {
      counters.rateLimit--;
      return send(429, { 'retry-after': String(faults.rateLimit!.retryAfterSec), 'content-type': 'text/plain' }, 'Too Many Requests');
    }
    if (hit && counters.unavailable > 0) {
      counters.unavailable--;
      const status = faults.unavailable!.status ?? 503;
      return send(status, { 'content-type': 'text/html' }, `<html><body>${status} Service Unavailable</body></html>`);
    }
    if (faults.hide?.some((h) => url.pathname === h)) return send(404, { 'content-type': 'text/html' }, '<html><body>404 Not Found</body></html>');

    const rreq = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body, headers: req.headers };
    let out: ReplayResponse | null = null;
    if (hit && faults.changedLayout && !url.pathname.startsWith(CHANGED_LAYOUT_PREFIX)) {
      out = handler({ ...rreq, path: CHANGED_LAYOUT_PREFIX + url.pathname }, { baseUrl });
      if (!out) {
        const plain = handler(rreq, { baseUrl });
        if (plain) out = { ...plain, body: changeLayout(Buffer.isBuffer(plain.body) ? plain.body.toString('utf8') : plain.body) };
      }
    } else out = handler(rreq, { baseUrl });
    if (!out) return send(404, { 'content-type': 'text/html' }, '<html><body>404 Not Found</body></html>');

    const headers = { ...out.headers };
    let payload: string | Buffer = out.body;
    const isText = /html|json|text/i.test(headers['content-type'] ?? 'text/html');
    if (isText && (faults.hide?.length || faults.rewrite?.length)) {
      let text = Buffer.isBuffer(payload) ? payload.toString('utf8') : payload;
      if (faults.hide?.length) text = hideItems(text, faults.hide);
      for (const r of faults.rewrite ?? []) if (url.pathname === r.path) text = text.split(r.from).join(r.to);
      payload = text;
    }
    if (hit && faults.gbk && /html/i.test(headers['content-type'] ?? '')) {
      payload = toGbk(Buffer.isBuffer(payload) ? payload.toString('utf8') : payload);
      headers['content-type'] = 'text/html';
    }
    const bytes = Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
    if (hit && (counters.stall > 0 || counters.truncate > 0)) {
      const stall = counters.stall > 0;
      if (stall) counters.stall--;
      else counters.truncate--;
      requests.push({ method: req.method ?? 'GET', path: pathAndQuery, status: out.status });
      res.writeHead(out.status, { ...headers, 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      // Stalled: keep the socket open until the client gives up. Truncated: cut it now.
      if (!stall) res.socket?.destroy();
      return;
    }
    send(out.status, headers, bytes);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`replay error: ${(e as Error).message}`);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('replay server has no TCP address');
  baseUrl = `http://127.0.0.1:${addr.port}`;
  return {
    baseUrl,
    setFaults(f) {
      faults = f;
      reset();
    },
    requests,
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
