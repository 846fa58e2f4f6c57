/**
 * Inputs → articles: files by type (.txt, .html/.htm, .jsonl, RSS/Atom feeds), folders recursively
 * (symlink loops detected), and stdin. Each input yields its articles and its failures; one bad input
 * never stops the others.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ParallaxError, toFailure, type Failure } from '../../pipeline/errors.js';
import type { RawArticle } from '../article.js';
import { decodeBytes } from '../repair/encoding.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { readJsonl } from './jsonl.js';

export interface ReadResult {
  path: string;
  items: RawArticle[];
  failures: Failure[];
  /** Set when the input is not an article at all (a JSON file of something else): counted, not failed. */
  skipped?: string;
}

export interface ReadOptions {
  /** Inputs larger than this are refused (default 10 MiB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml', '.feed']);
/** Files in a folder that are never articles. */
const SKIP_NAME = /^\.|^(readme|license|licence|changelog)(\.\w+)?$/i;

/** Reads one buffer whose type is known from its name or sniffed from its content. */
export function readBuffer(bytes: Uint8Array, source: string, nameHint: string): ReadResult {
  const ext = extname(nameHint).toLowerCase();
  const res: ReadResult = { path: source, items: [], failures: [] };
  try {
    if (bytes.length === 0) throw new ParallaxError('EMPTY', 'the file is empty');
    if (HTML_EXT.has(ext)) {
      res.items.push({ source, format: 'html', bytes });
      return res;
    }
    if (TEXT_EXT.has(ext)) {
      res.items.push({ source, format: 'text', bytes });
      return res;
    }
    const text = decodeBytes(bytes).text;
    if (ext === '.json') return readJsonFile(text, source);
    if (JSONL_EXT.has(ext) || (!FEED_EXT.has(ext) && /^\s*\{/.test(text) && !HTML_EXT.has(ext))) {
      for (const l of readJsonl(text, source)) {
        if (l.item) res.items.push(l.item);
        else if (l.error) res.failures.push(toFailure(`${source}:${l.line}`, l.error));
      }
      return res;
    }
    if (FEED_EXT.has(ext) || looksLikeFeed(text)) {
      if (!looksLikeFeed(text)) throw new ParallaxError('FEED_MALFORMED', 'the file has no <rss> or <feed> root');
      const feed = readFeed(text, source);
      res.items.push(...feed.items);
      if (feed.error) res.failures.push(toFailure(source, feed.error));
      return res;
    }
    if (/^\s*(<!doctype html|<html|<head|<body|<article)/i.test(text)) res.items.push({ source, format: 'html', bytes });
    else if (ext === '' || ext === '.log' || ext === '.out') res.items.push({ source, format: 'text', bytes });
    else throw new ParallaxError('UNSUPPORTED', `files ending in "${ext}" are not articles Parallax reads`);
  } catch (e) {
    res.failures.push(toFailure(source, e));
  }
  return res;
}

/** A .json file: one article object or an array of them; JSON that holds no article is skipped. */
function readJsonFile(text: string, source: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ParallaxError('BAD_JSON', `not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(value) ? value : [value];
  const lines = list.map((v) => JSON.stringify(v)).join('\n');
  const parsed = readJsonl(lines, source);
  const items = parsed.flatMap((l) => (l.item ? [l.item] : []));
  if (items.length === 0) return { path: source, items: [], failures: [], skipped: 'JSON without "text" or "html": not an article' };
  return { path: source, items, failures: parsed.flatMap((l) => (l.error ? [toFailure(`${source}[${l.line - 1}]`, l.error)] : [])) };
}

function readFile(path: string, opts: ReadOptions): ReadResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const st = statSync(path);
    if (st.size > max) {
      throw new ParallaxError('TOO_LARGE', `the file is ${(st.size / 1048576).toFixed(1)} MiB; the limit is ${(max / 1048576).toFixed(1)} MiB (--max-bytes)`);
    }
    return readBuffer(readFileSync(path), path, path);
  } catch (e) {
    return { path, items: [], failures: [toFailure(path, e)] };
  }
}

/** Walks the inputs depth-first in name order; a folder reached twice through links is a loop. */
export function* readInputs(paths: string[], opts: ReadOptions = {}): Generator<ReadResult> {
  for (const p of paths) yield* walk(p, opts, new Set());
}

function* walk(path: string, opts: ReadOptions, ancestors: Set<string>): Generator<ReadResult> {
  let real: string;
  let isDir: boolean;
  try {
    real = realpathSync(path);
    isDir = statSync(path).isDirectory();
  } catch (e) {
    yield { path, items: [], failures: [toFailure(path, e)] };
    return;
  }
  if (!isDir) {
    yield readFile(path, opts);
    return;
  }
  if (ancestors.has(real)) {
    yield { path, items: [], failures: [{ path, code: 'SYMLINK_LOOP', reason: `links back to ${real}, a folder already being read` }] };
    return;
  }
  const next = new Set(ancestors).add(real);
  let names: string[];
  try {
    names = readdirSync(path).sort();
  } catch (e) {
    yield { path, items: [], failures: [toFailure(path, e)] };
    return;
  }
  for (const name of names) {
    if (SKIP_NAME.test(name)) continue;
    const child = join(path, name);
    try {
      lstatSync(child);
    } catch (e) {
      yield { path: child, items: [], failures: [toFailure(child, e)] };
      continue;
    }
    yield* walk(child, opts, next);
  }
}
