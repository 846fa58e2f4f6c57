/** node:http → the in-process app (`createApp`): reads the body under the size cap, then hands over; the web UI's files beside it. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_MAX_BYTES } from '../ingest/readers/sources.js';
import { uiFiles } from '../web/static.js';
import { createApp, errorResponse, type ApiResponse, type AppOptions } from './app.js';

export interface ServeOptions extends AppOptions {
  /** 0 picks a free port (default 8080). */
  port?: number;
  /** Default 127.0.0.1: the API is local unless asked otherwise. */
  host?: string;
  /** Serve the web UI at `/` (default true). */
  ui?: boolean;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > max) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        reject(new TooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!done) reject(e);
    });
  });
}

function send(res: ServerResponse, r: ApiResponse, close = false): void {
  const body = Buffer.from(r.body, 'utf8');
  res.writeHead(r.status, { ...r.headers, 'content-length': String(body.length), ...(close ? { connection: 'close' } : {}) });
  res.end(body);
}

export async function serve(opts: ServeOptions): Promise<Served> {
  const app = createApp(opts);
  const max = opts.maxBodyBytes ?? DEFAULT_MAX_BYTES;
  const ui = opts.ui === false ? null : uiFiles();
  const server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const page = ui?.(method, (req.url ?? '/').split('?')[0]!);
      if (page) {
        send(res, page);
        return;
      }
      let body: Buffer | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        try {
          body = await readBody(req, max);
        } catch (e) {
          if (e instanceof TooLarge) send(res, errorResponse(413, 'TOO_LARGE', `the body is larger than the limit of ${max} bytes`), true);
          else send(res, errorResponse(400, 'BAD_REQUEST', 'the request body could not be read'), true);
          return;
        }
      }
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const r = await app.handle({ method, url: req.url ?? '/', headers, body });
      send(res, r);
    })().catch((e) => {
      opts.onError?.(e, { method: req.method ?? '', url: req.url ?? '', headers: {} });
      if (!res.headersSent) send(res, errorResponse(500, 'INTERNAL', 'internal error'), true);
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' || addr.address.includes(':') ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
