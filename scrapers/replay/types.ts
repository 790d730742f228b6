/**
 * The replay portal's plumbing types. Each portal's content lives in its own handler module
 * (scrapers/replay/<slug>.ts) that maps a request to a response from the recorded fixtures;
 * scrapers/replay/server.ts serves handlers on 127.0.0.1 and injects faults around them.
 * @module
 */

export interface ReplayRequest {
  method: string;
  /** the path without the query, e.g. /cggg/dfgg/zbgg/index_1.htm */
  path: string;
  query: URLSearchParams;
  /** the request body as text (POST APIs) */
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface ReplayResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export interface ReplayContext {
  /** the server's own base URL (http://127.0.0.1:PORT), for absolute links in pages */
  baseUrl: string;
}

/** A portal's content: returns null for a path it does not know (the server answers 404). */
export type ReplayHandler = (req: ReplayRequest, ctx: ReplayContext) => ReplayResponse | null;
