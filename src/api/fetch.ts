/**
 * Fetching a page or feed for `POST /api/ingest/url` without becoming a proxy into the host's network:
 * http(s) only; the host is resolved once and every address checked (private, loopback, link-local, CGNAT,
 * multicast, reserved — IPv4 and IPv6, IPv4-mapped included) before any request, and the connection goes to
 * the checked address (node:http with a pinned `lookup`; TLS still verifies the host name), so a DNS answer
 * that changes between the check and the connection (rebinding) cannot redirect it. Redirects are followed by
 * hand, at most 5, each hop resolved and checked again; the body is capped in size and the whole fetch in time.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import { HttpError } from './router.js';

export type LookupFn = (host: string) => Promise<Array<{ address: string; family: number }>>;
/** `address` is the checked address the request must connect to (the URL's host stays the Host header and TLS name). */
export type FetchFn = (url: string, init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string>; address: { address: string; family: number } }) => Promise<Response>;

export interface SafeFetchOptions {
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  lookup?: LookupFn;
  fetch?: FetchFn;
}

export interface Fetched {
  url: string;
  contentType: string | null;
  bytes: Buffer;
}

export const FETCH_MAX_BYTES = 10 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;
export const FETCH_MAX_REDIRECTS = 5;

const defaultLookup: LookupFn = (host) => dnsLookup(host, { all: true, verbatim: true });

function ipv4Bytes(a: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a);
  if (!m) return null;
  const b = m.slice(1).map(Number);
  return b.every((x) => x <= 255) ? b : null;
}

function ipv6Bytes(a: string): number[] | null {
  let s = a.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // A trailing dotted IPv4 ("::ffff:1.2.3.4") becomes its two hex groups.
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (v4) {
    const b = ipv4Bytes(v4[1]!);
    if (!b) return null;
    s = s.slice(0, -v4[1]!.length) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
      const n = parseInt(g, 16);
      out.push(n >> 8, n & 255);
    }
    return out;
  };
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if (!head || !rest) return null;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 16 : given > 14) return null;
  return [...head, ...new Array<number>(16 - given).fill(0), ...rest];
}

function inV4(b: number[], net: number[], bits: number): boolean {
  for (let i = 0; i < 4; i++) {
    const take = Math.max(0, Math.min(8, bits - i * 8));
    if (take === 0) return true;
    const mask = (0xff << (8 - take)) & 0xff;
    if ((b[i]! & mask) !== (net[i]! & mask)) return false;
  }
  return true;
}

const V4_BLOCKED: Array<[number[], number, string]> = [
  [[0, 0, 0, 0], 8, 'this-network'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'shared (CGNAT)'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'IETF protocol'],
  [[192, 0, 2, 0], 24, 'documentation'],
  [[192, 88, 99, 0], 24, '6to4 relay'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'benchmarking'],
  [[198, 51, 100, 0], 24, 'documentation'],
  [[203, 0, 113, 0], 24, 'documentation'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

/** Why an address must not be fetched from, or null when it is a public unicast address. */
export function blockedReason(address: string): string | null {
  const v4 = ipv4Bytes(address);
  if (v4) {
    for (const [net, bits, why] of V4_BLOCKED) if (inV4(v4, net, bits)) return why;
    return null;
  }
  const b = ipv6Bytes(address);
  if (!b) return 'not an IP address';
  const zeroTo = (n: number): boolean => b.slice(0, n).every((x) => x === 0);
  if (zeroTo(15) && b[15] === 0) return 'unspecified';
  if (zeroTo(15) && b[15] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96): judge the IPv4 inside.
  if (zeroTo(10) && b[10] === 0xff && b[11] === 0xff) return blockedReason(b.slice(12).join('.'));
  if (zeroTo(12)) return blockedReason(b.slice(12).join('.'));
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && b.slice(4, 12).every((x) => x === 0)) return blockedReason(b.slice(12).join('.'));
  if (b[0] === 0x20 && b[1] === 0x02) return blockedReason(b.slice(2, 6).join('.')) ?? null; // 6to4 carries an IPv4
  if ((b[0]! & 0xfe) === 0xfc) return 'unique-local (private)';
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return 'link-local';
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0xc0) return 'site-local (deprecated, private)';
  if (b[0] === 0xff) return 'multicast';
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return 'documentation';
  if (b[0] === 0x01 && b.slice(1, 8).every((x) => x === 0)) return 'discard-only';
  return null;
}

/** Resolves the URL's host once; refuses it when any of its addresses is not public (unless `allowPrivate`); the address to connect to. */
export async function checkHost(url: URL, lookup: LookupFn, allowPrivate = false): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host);
    } catch (e) {
      throw new HttpError(422, 'FETCH_FAILED', `the host "${host}" could not be resolved (${(e as NodeJS.ErrnoException).code ?? 'DNS error'})`);
    }
    if (addresses.length === 0) throw new HttpError(422, 'FETCH_FAILED', `the host "${host}" has no addresses`);
  }
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const why = blockedReason(address);
      if (why) throw new HttpError(422, 'FETCH_REFUSED', `refusing to fetch from ${host}: it resolves to ${address}, a ${why} address`);
    }
  }
  return addresses[0]!;
}

/** A GET that connects to the given address, never resolving the host again (and no pooled socket); answers as `fetch` would, without following redirects. */
export const pinnedFetch: FetchFn = (url, init) => {
  const u = new URL(url);
  const pinned: LookupFunction = (_host, options, cb) => {
    if (options.all) (cb as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [init.address]);
    else cb(null, init.address.address, init.address.family);
  };
  return new Promise<Response>((resolve, reject) => {
    const req = (u.protocol === 'https:' ? https : http).request(u, { method: 'GET', headers: init.headers, signal: init.signal, lookup: pinned, agent: false }, (res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(res.headers)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) headers.append(k, x);
      const status = res.statusCode ?? 502;
      const bodyless = status === 204 || status === 205 || status === 304 || (status >= 300 && status < 400);
      if (bodyless) res.resume();
      resolve(new Response(bodyless ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), { status, statusText: res.statusMessage ?? '', headers }));
    });
    req.on('error', reject);
    req.end();
  });
};

export function parseFetchUrl(raw: unknown): URL {
  if (typeof raw !== 'string' || raw.trim() === '') throw new HttpError(400, 'BAD_REQUEST', 'the body must be JSON {"url": "http(s)://…"}');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', `not a URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HttpError(400, 'BAD_REQUEST', `only http and https URLs are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new HttpError(400, 'BAD_REQUEST', 'URLs with credentials are not fetched');
  return url;
}

export async function safeFetch(start: URL, o: SafeFetchOptions = {}): Promise<Fetched> {
  const maxBytes = o.maxBytes ?? FETCH_MAX_BYTES;
  const maxRedirects = o.maxRedirects ?? FETCH_MAX_REDIRECTS;
  const lookup = o.lookup ?? defaultLookup;
  const doFetch: FetchFn = o.fetch ?? pinnedFetch;
  const ctl = new AbortController();
  const timeoutMs = o.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    let url = start;
    for (let hop = 0; ; hop++) {
      const address = await checkHost(url, lookup, o.allowPrivate === true);
      let res: Response;
      try {
        res = await doFetch(url.href, { redirect: 'manual', signal: ctl.signal, address, headers: { 'user-agent': 'Parallax/0.1 (+news-intelligence ingest)', accept: 'text/html, application/rss+xml, application/atom+xml, application/xml, text/xml, text/plain, application/json;q=0.9, */*;q=0.5' } });
      } catch (e) {
        if (ctl.signal.aborted) throw new HttpError(504, 'FETCH_TIMEOUT', `the fetch took longer than ${timeoutMs / 1000} s`);
        throw new HttpError(502, 'FETCH_FAILED', `the fetch failed: ${(e as Error).message}`);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= maxRedirects) throw new HttpError(422, 'FETCH_FAILED', `more than ${maxRedirects} redirects`);
        url = parseFetchUrl(new URL(res.headers.get('location')!, url).href);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new HttpError(502, 'FETCH_FAILED', `the server answered ${res.status} ${res.statusText}`.trim());
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new HttpError(413, 'TOO_LARGE', `the page is ${declared} bytes; the limit is ${maxBytes}`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        if (res.body) {
          for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
            size += chunk.length;
            if (size > maxBytes) {
              ctl.abort();
              throw new HttpError(413, 'TOO_LARGE', `the page is larger than the limit of ${maxBytes} bytes`);
            }
            chunks.push(Buffer.from(chunk));
          }
        }
      } catch (e) {
        if (e instanceof HttpError) throw e;
        if (ctl.signal.aborted) throw new HttpError(504, 'FETCH_TIMEOUT', `the fetch took longer than ${timeoutMs / 1000} s`);
        throw new HttpError(502, 'FETCH_FAILED', `reading the page failed: ${(e as Error).message}`);
      }
      return { url: url.href, contentType: res.headers.get('content-type'), bytes: Buffer.concat(chunks) };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** A file name whose extension picks the reader: from the content type, else the URL's own extension. */
export function nameFor(f: Fetched): string {
  const ct = (f.contentType ?? '').toLowerCase();
  if (/rss|atom|xml/.test(ct)) return 'fetched.xml';
  if (/html/.test(ct)) return 'fetched.html';
  if (/json/.test(ct)) return 'fetched.json';
  if (/text\/plain/.test(ct)) return 'fetched.txt';
  const m = /\.(html?|xhtml|xml|rss|atom|txt|json|jsonl)$/i.exec(new URL(f.url).pathname);
  return m ? `fetched.${m[1]!.toLowerCase()}` : 'fetched';
}
