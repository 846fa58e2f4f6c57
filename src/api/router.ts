/**
 * The API's one route table and what is derived from it: path matching, parameter validation and the
 * OpenAPI 3.1 document. Every parameter a handler reads is declared here with its JSON-schema type, so the
 * document and the validation come from the same data and cannot drift.
 */

export type JsonSchema = Record<string, unknown>;

export interface ParamSchema {
  type: 'string' | 'integer' | 'boolean';
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: string | number | boolean;
  minLength?: number;
  maxLength?: number;
}

export interface Param {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: ParamSchema;
}

export type ParamValue = string | number | boolean;

export interface ApiRequest {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
  body?: Buffer;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Ctx {
  req: ApiRequest;
  params: Record<string, ParamValue | undefined>;
  body: Buffer;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  operationId: string;
  summary: string;
  params: Param[];
  /** Writes need the bearer token. */
  write?: boolean;
  requestBody?: { description: string; content: Record<string, { schema: JsonSchema }> };
  response: { status?: number; description: string; contentType: string; schema: JsonSchema };
  /** Other statuses this route answers with (besides 400/404/405/500, which every route may). */
  errors?: number[];
  handler: (ctx: Ctx) => Promise<unknown>;
}

/** An error the API answers with: `{"error":{"code","message"}}` and its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

interface Compiled {
  route: Route;
  segments: Array<{ literal: string } | { param: string }>;
}

export interface Match {
  route: Route;
  pathParams: Record<string, string>;
}

export class Router {
  private compiled: Compiled[];

  constructor(readonly routes: Route[]) {
    this.compiled = routes.map((route) => ({
      route,
      segments: route.path
        .split('/')
        .filter(Boolean)
        .map((s) => (/^\{(\w+)\}$/.test(s) ? { param: s.slice(1, -1) } : { literal: s })),
    }));
  }

  /** The route for a method and path; `allowed` lists the methods of a path that exists under other methods. */
  match(method: string, pathname: string): { match: Match | null; allowed: string[] } {
    let parts: string[];
    try {
      parts = pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', 'the path is not valid percent-encoding');
    }
    const allowed: string[] = [];
    let found: Match | null = null;
    // Literal segments win over parameters (`/api/ingest/url` before a `{…}` at the same place).
    const candidates = this.compiled
      .map((c) => ({ c, m: matchSegments(c.segments, parts) }))
      .filter((x) => x.m !== null)
      .sort((a, b) => literalCount(b.c) - literalCount(a.c));
    for (const { c, m } of candidates) {
      if (c.route.method === method || (method === 'HEAD' && c.route.method === 'GET')) {
        found ??= { route: c.route, pathParams: m! };
      } else if (!allowed.includes(c.route.method)) allowed.push(c.route.method);
    }
    if (found) return { match: found, allowed: [] };
    return { match: null, allowed };
  }
}

const literalCount = (c: Compiled): number => c.segments.filter((s) => 'literal' in s).length;

function matchSegments(segs: Compiled['segments'], parts: string[]): Record<string, string> | null {
  if (segs.length !== parts.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if ('literal' in s) {
      if (s.literal !== parts[i]) return null;
    } else out[s.param] = parts[i]!;
  }
  return out;
}

/** Checks and converts the path and query parameters by the route's schemas; unknown query parameters are refused. */
export function validateParams(route: Route, pathParams: Record<string, string>, query: URLSearchParams): Record<string, ParamValue | undefined> {
  const out: Record<string, ParamValue | undefined> = {};
  const known = new Set(route.params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const key of new Set(query.keys())) {
    if (!known.has(key)) {
      const list = [...known].join(', ');
      throw new HttpError(400, 'BAD_REQUEST', `unknown query parameter "${key}"${list ? ` (this route takes: ${list})` : ' (this route takes none)'}`);
    }
    if (query.getAll(key).length > 1) throw new HttpError(400, 'BAD_REQUEST', `query parameter "${key}" is given more than once`);
  }
  for (const p of route.params) {
    const raw = p.in === 'path' ? pathParams[p.name] : (query.get(p.name) ?? undefined);
    if (raw === undefined || raw === '') {
      if (p.required) throw new HttpError(400, 'BAD_REQUEST', `the ${p.in} parameter "${p.name}" is required: ${p.description}`);
      out[p.name] = p.schema.default;
      continue;
    }
    out[p.name] = coerce(p, raw);
  }
  return out;
}

function coerce(p: Param, raw: string): ParamValue {
  const s = p.schema;
  const bad = (why: string): HttpError => new HttpError(400, 'BAD_REQUEST', `parameter "${p.name}": ${why}, not ${JSON.stringify(raw.length > 80 ? raw.slice(0, 80) + '…' : raw)}`);
  if (s.type === 'integer') {
    if (!/^-?\d{1,15}$/.test(raw)) throw bad('must be a whole number');
    const n = Number(raw);
    if (s.minimum !== undefined && n < s.minimum) throw bad(`must be at least ${s.minimum}`);
    if (s.maximum !== undefined && n > s.maximum) throw bad(`must be at most ${s.maximum}`);
    return n;
  }
  if (s.type === 'boolean') {
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    throw bad('must be true or false');
  }
  if (s.enum && !s.enum.includes(raw)) throw bad(`must be one of ${s.enum.join(', ')}`);
  if (s.pattern && !new RegExp(s.pattern).test(raw)) throw bad(`must match ${s.pattern}`);
  if (s.minLength !== undefined && raw.length < s.minLength) throw bad(`must be at least ${s.minLength} characters`);
  if (s.maxLength !== undefined && raw.length > s.maxLength) throw bad(`must be at most ${s.maxLength} characters`);
  return raw;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The query or body is not valid',
  401: 'The bearer token is missing or wrong',
  403: 'Writes are disabled (no PARALLAX_TOKEN configured)',
  404: 'No such resource',
  405: 'The path exists but not for this method',
  413: 'The body or the fetched page is too large',
  415: 'The content type is not accepted',
  422: 'The input could not be processed',
  500: 'Internal error (no details are exposed)',
  502: 'The remote server failed or answered with an error',
  504: 'The remote server took too long',
};

/** The OpenAPI 3.1 document, generated from the route table. */
export function openApiDocument(routes: Route[], info: { title: string; version: string; description?: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const op: Record<string, unknown> = {
      operationId: r.operationId,
      summary: r.summary,
      parameters: r.params.map((p) => ({ name: p.name, in: p.in, required: p.in === 'path' ? true : p.required === true, description: p.description, schema: p.schema })),
      responses: {
        [String(r.response.status ?? 200)]: { description: r.response.description, content: { [r.response.contentType]: { schema: r.response.schema } } },
        ...Object.fromEntries(
          [...new Set([400, 404, 405, 500, ...(r.write ? [401, 403, 413] : []), ...(r.errors ?? [])])]
            .sort()
            .map((s) => [String(s), { $ref: `#/components/responses/E${s}` }]),
        ),
      },
    };
    if (r.requestBody) op['requestBody'] = { required: true, ...r.requestBody };
    if (r.write) op['security'] = [{ bearer: [] }];
    (paths[r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  const statuses = [...new Set(routes.flatMap((r) => [400, 404, 405, 500, ...(r.write ? [401, 403, 413] : []), ...(r.errors ?? [])]))].sort();
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token the server was started with (PARALLAX_TOKEN). Reads are open; writes need it.' } },
      schemas: { Error: ERROR_SCHEMA },
      responses: Object.fromEntries(
        statuses.map((s) => [`E${s}`, { description: STATUS_TEXT[s] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
      ),
    },
  };
}

export const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
    },
  },
};
