/**
 * The plain-HTTP transport: Node's global fetch (undici), one attempt, with a timeout that
 * covers the whole body and a hard cap on body size. Politeness and retries live in fetcher.ts.
 * @module
 */
import { BodyTooLargeError, FetchError } from '../errors.js';
import type { FetchRequest, RawResponse, TransportOptions } from './types.js';

/** Fetch `req` once over HTTP. Network errors, timeouts and truncated bodies throw FetchError. */
export async function httpTransport(req: FetchRequest, opts: TransportOptions): Promise<RawResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(req.url, {
        method: req.method ?? 'GET',
        body: req.body,
        headers: { 'user-agent': opts.userAgent, 'accept-language': 'zh-CN,zh;q=0.9', ...req.headers },
        signal: controller.signal,
        redirect: 'follow',
      });
    } catch (e) {
      throw new FetchError(describe(e, controller, opts.timeoutMs), req.url);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > opts.maxBodyBytes) {
      controller.abort();
      throw new BodyTooLargeError(`body of ${declared} bytes exceeds the ${opts.maxBodyBytes}-byte cap`, req.url);
    }
    const body = await readCapped(res, req.url, opts.maxBodyBytes, controller);
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    return { url: req.url, status: res.status, headers, contentType: res.headers.get('content-type'), body };
  } catch (e) {
    if (e instanceof FetchError || e instanceof BodyTooLargeError) throw e;
    throw new FetchError(describe(e, controller, opts.timeoutMs), req.url);
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(res: Response, url: string, cap: number, controller: AbortController): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > cap) {
        controller.abort();
        throw new BodyTooLargeError(`body exceeds the ${cap}-byte cap`, url);
      }
      chunks.push(Buffer.from(value));
    }
  } catch (e) {
    if (e instanceof BodyTooLargeError) throw e;
    // undici ends a body cut short (fewer bytes than Content-Length, connection reset) with "terminated"
    throw new FetchError(`body truncated: ${describe(e, controller, 0)}`, url);
  }
  return Buffer.concat(chunks);
}

function describe(e: unknown, controller: AbortController, timeoutMs: number): string {
  if (controller.signal.aborted && timeoutMs) return `timed out after ${timeoutMs} ms`;
  const err = e as Error & { cause?: { code?: string; message?: string } };
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `${err.message} (${cause})` : err.message;
}
