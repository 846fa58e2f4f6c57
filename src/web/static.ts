/**
 * The web UI's files, served by the API's own process: `/` is the page, `/ui/<file>` its scripts and styles,
 * read from `src/web/public/` (plain ES modules; no build step). Only files listed there at start are served,
 * so no request path reaches the file system. A strict Content-Security-Policy keeps the page to its own
 * scripts and the API: no inline script, no remote content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { repoPath } from '../pipeline/paths.js';
import type { ApiResponse } from '../api/router.js';

export const PUBLIC_DIR = repoPath('src/web/public');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A handler for the UI's paths; null for any other path (the API answers those). */
export function uiFiles(dir = PUBLIC_DIR): (method: string, pathname: string) => ApiResponse | null {
  const files = new Map<string, { type: string; body: string }>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) files.set(name, { type, body: readFileSync(join(dir, name), 'utf8') });
  }
  return (method, pathname) => {
    if (method !== 'GET' && method !== 'HEAD') return null;
    const name = pathname === '/' || pathname === '/index.html' ? 'index.html' : pathname.startsWith('/ui/') ? pathname.slice(4) : null;
    if (name === null) return null;
    const f = files.get(name);
    if (!f) return null;
    const headers = { 'content-type': f.type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache', 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' };
    return { status: 200, headers, body: method === 'HEAD' ? '' : f.body };
  };
}
