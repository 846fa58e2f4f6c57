/**
 * `parallax` — main(argv, io) → exit code. 0 all went well, 1 some inputs failed, 2 usage errors.
 * Errors print as `CODE: message`; the stack only with --debug.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ParallaxError } from '../pipeline/errors.js';
import { repoPath } from '../pipeline/paths.js';
import { openStore } from '../store/open.js';
import type { Repository } from '../store/repository.js';
import { runArticles, runExport, runSearch, runShow } from './commands.js';
import { runEntities, runEntity, runWhoHeld } from './entities.js';
import { runEval } from './eval.js';
import { runEvents, runQuotes } from './facts.js';
import { runClusters, runLineage } from './link.js';
import { runBrief, runCompare, runTimeline } from './compare.js';
import { serve } from '../api/server.js';
import { runIngest } from './ingest.js';
import type { CliIO } from './io.js';

export const USAGE = `parallax — news intelligence from raw scraped text

usage: parallax <command> [options]

  ingest PATH…|-        read .txt, .html, .jsonl, RSS/Atom feeds, folders, or stdin (-)
  articles              list stored articles
  show ID               clean text, metadata, and what was removed and why
  search QUERY          full-text search ("quoted phrases" allowed)
  export FORMAT         json (everything, see README), csv events|quotes|entities|offices, gdelt, graphml, jsonld
  entities              people, organisations and places (--type T, --article ID)
  entity NAME           one entity: aliases, offices over time, articles
  who-held OFFICE --on DATE   who held an office on a date, by the stored articles
  events                events (--entity NAME, --from D, --to D, --status S)
  quotes                direct and reported quotes (--speaker NAME)
  clusters              articles grouped by the event they report, and storylines
  lineage               articles that retell another: what they share and what they add
  timeline              linked events in date order with their sources (--entity, --from, --to)
  compare               how each outlet told each event: coverage, one-outlet claims, framing
  brief                 a readable Markdown briefing of the corpus (--out FILE; --html for a web page)
  serve                 the web UI and the HTTP API on 127.0.0.1 (--port N, default 8080; --host H; writes need PARALLAX_TOKEN)
  eval TASK [DIR]       score the pipeline: seeds, extraction, ner, timex, quotes, all
  demo                  ingest the bundled sample corpus, show what was found, then serve the web UI on it and open it in the desktop browser when there is one (--no-serve to stop there)

options:
  --db FILE             the store (default ./parallax.db)
  --json                machine-readable output (for ingest: the last line is the summary)
  --max-bytes N         refuse inputs larger than N bytes (default 10485760)
  --format EXT          the type of stdin input: txt, html, jsonl, xml (default txt)
  --limit N             at most N rows
  --type T              person, organization or place (entities)
  --article ID          one article only (entities)
  --on DATE             the date for who-held (YYYY-MM-DD)
  --port N, --host H    where serve listens (default 127.0.0.1:8080)
  --out FILE            write the export to FILE
  --html                the briefing as HTML (brief)
  --no-serve            demo: stop after printing, do not serve the UI
  --verbose             more detail (eval)
  --debug               print stacks on errors
`;

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  'max-bytes': { type: 'string' },
  format: { type: 'string' },
  limit: { type: 'string' },
  out: { type: 'string' },
  type: { type: 'string' },
  article: { type: 'string' },
  on: { type: 'string' },
  entity: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  status: { type: 'string' },
  speaker: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  html: { type: 'boolean' },
  'no-serve': { type: 'boolean' },
  verbose: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function intFlag(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new ParallaxError('USAGE', `--${name} must be a positive whole number, not "${v}"`);
  return n;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr.write(`USAGE: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals: pos } = parsed;
  const [command, ...args] = pos;
  if (v.help || !command || command === 'help') {
    io.stdout.write(USAGE);
    return command || v.help ? 0 : 2;
  }
  let store: Repository | null = null;
  const db = (): Repository => (store ??= openStore(resolve(io.cwd, v.db ?? 'parallax.db')));
  try {
    return await dispatch(command, args, v, db, io);
  } catch (e) {
    const code = e instanceof ParallaxError ? e.code : 'ERROR';
    io.stderr.write(`${code}: ${(e as Error).message}\n`);
    if (v.debug && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
    return code === 'USAGE' ? 2 : 1;
  } finally {
    if (store) await (store as Repository).close();
  }
}

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

async function dispatch(command: string, args: string[], v: Values, db: () => Repository, io: CliIO): Promise<number> {
  const json = v.json === true;
  const limit = intFlag(v.limit, 'limit');
  switch (command) {
    case 'ingest':
      if (args.length === 0) throw new ParallaxError('USAGE', 'usage: parallax ingest PATH…|-');
      return runIngest(args, db(), io, { json, maxBytes: intFlag(v['max-bytes'], 'max-bytes'), format: v.format });
    case 'articles':
      return runArticles(db(), io, json, limit);
    case 'show':
      if (!args[0]) throw new ParallaxError('USAGE', 'usage: parallax show ID');
      return runShow(db(), io, args[0], json);
    case 'search':
      if (args.length === 0) throw new ParallaxError('USAGE', 'usage: parallax search QUERY');
      return runSearch(db(), io, args.join(' '), json, limit);
    case 'export':
      return runExport(db(), io, args[0], v.out, args[1]);
    case 'entities':
      return runEntities(db(), io, { type: v.type, article: v.article, json, limit });
    case 'entity':
      if (args.length === 0) throw new ParallaxError('USAGE', 'usage: parallax entity NAME');
      return runEntity(db(), io, args.join(' '), json);
    case 'who-held':
      if (args.length === 0) throw new ParallaxError('USAGE', 'usage: parallax who-held OFFICE --on YYYY-MM-DD');
      return runWhoHeld(db(), io, args.join(' '), v.on, json);
    case 'events':
      return runEvents(db(), io, { entity: v.entity, from: v.from, to: v.to, status: v.status }, json);
    case 'quotes':
      return runQuotes(db(), io, v.speaker, json);
    case 'clusters':
      return runClusters(db(), io, json);
    case 'lineage':
      return runLineage(db(), io, json);
    case 'timeline':
      return runTimeline(db(), io, { entity: v.entity, from: v.from, to: v.to }, json);
    case 'compare':
      return runCompare(db(), io, json);
    case 'brief':
      return runBrief(db(), io, v.out, v.html === true);
    case 'serve':
      return runServe(db(), io, v.port, v.host);
    case 'eval':
      return runEval(args[0], args[1], io, v.verbose === true);
    case 'demo':
      return runDemo(db(), io, v['no-serve'] === true ? null : { port: v.port, host: v.host });
    default:
      throw new ParallaxError('USAGE', `unknown command "${command}" (try \`parallax help\`)`);
  }
}

function portOf(flag: string | undefined): number {
  const port = flag === undefined ? 8080 : Number(flag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ParallaxError('USAGE', `--port must be 0–65535, not "${flag}"`);
  return port;
}

interface ServeFlags {
  port: number;
  host: string;
  token: string | null;
  /** Another port when the asked one is taken (the demo's; `serve` keeps to what it was told). */
  fallback?: boolean;
  lastIngest?: string[];
  /** Open the UI in the desktop's browser (the demo's, on an interactive desktop session). */
  open?: boolean;
}

/** The desktop's own opener, when there is a desktop: never a browser download, never on a headless machine. */
function openInBrowser(url: string, io: CliIO): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : io.env['DISPLAY'] || io.env['WAYLAND_DISPLAY'] ? 'xdg-open' : null;
  if (!cmd) return;
  try {
    const child = spawn(cmd, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined); // no opener installed: the printed URL is enough
    child.unref();
  } catch {
    // as above
  }
}

/** Serves the web UI and the HTTP API until SIGINT or SIGTERM (main closes the store only after this returns). */
async function serveUntilStopped(store: Repository, io: CliIO, f: ServeFlags): Promise<string> {
  const opts = {
    store, token: f.token, host: f.host, lastIngest: f.lastIngest,
    allowPrivateFetch: io.env['PARALLAX_ALLOW_PRIVATE_FETCH'] === '1',
    onError: (e: unknown) => io.stderr.write(`ERROR: ${(e as Error)?.stack ?? String(e)}\n`),
  };
  let s;
  try {
    s = await serve({ ...opts, port: f.port });
  } catch (e) {
    if (!f.fallback || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    io.stderr.write(`port ${f.port} is in use; picking a free one\n`);
    s = await serve({ ...opts, port: 0 });
  }
  io.stdout.write(`Parallax UI on ${s.url}/ (API: ${s.url}/openapi.json)${f.token ? '' : ' — read-only: set PARALLAX_TOKEN to allow writes'}\nPress Ctrl-C to stop.\n`);
  if (f.open && io.stdout.isTTY) openInBrowser(`${s.url}/`, io);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.signal?.removeEventListener('abort', stop);
      void s.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (io.signal?.aborted) stop();
    else io.signal?.addEventListener('abort', stop);
  });
  return s.url;
}

async function runServe(store: Repository, io: CliIO, portFlag: string | undefined, host: string | undefined): Promise<number> {
  await serveUntilStopped(store, io, { port: portOf(portFlag), host: host ?? '127.0.0.1', token: io.env['PARALLAX_TOKEN'] || null });
  return 0;
}

/**
 * The quick start's main job: ingest the bundled sample corpus, show what was found, then serve the web UI on
 * it until Ctrl-C (`serve` null: stop after printing, for tests and CI). Without PARALLAX_TOKEN the demo makes
 * a one-time token and prints it, so the UI's drag-and-drop ingest works on this local server.
 */
async function runDemo(store: Repository, io: CliIO, serveFlags: { port?: string; host?: string } | null): Promise<number> {
  io.stdout.write(`Ingesting the bundled sample corpus (${repoPath('samples')})…\n`);
  const before = new Set((await store.listArticles()).map((a) => a.id));
  const status = await runIngest([repoPath('samples')], store, io, { json: false });
  const added = (await store.listArticles()).map((a) => a.id).filter((id) => !before.has(id));
  io.stdout.write('\n');
  await runArticles(store, io, false);
  io.stdout.write('\nWho and what they are about:\n');
  await runEntities(store, io, { json: false, limit: 12 });
  io.stdout.write('\nWho met, visited, called or signed with whom, in date order (statements: `npx parallax events`):\n');
  await runEvents(store, io, { kinds: ['meet', 'talks', 'visit', 'host', 'call', 'summit', 'agreement'] }, false);
  io.stdout.write('\nThe briefing (`npx parallax brief`):\n\n');
  await runBrief(store, io, undefined, false);
  io.stdout.write('\nTry: npx parallax show <id> · entity NAME · who-held OFFICE --on DATE · quotes · timeline · compare · search "fisheries" · export json\n');
  if (!serveFlags) return status;
  let token = io.env['PARALLAX_TOKEN'] || null;
  if (!token) {
    token = randomBytes(18).toString('base64url');
    io.stdout.write(`\nIngest token for this session (paste it on the Ingest page): ${token}\n`);
  }
  io.stdout.write('\n');
  await serveUntilStopped(store, io, { port: portOf(serveFlags.port), host: serveFlags.host ?? '127.0.0.1', token, fallback: serveFlags.port === undefined, lastIngest: added, open: true });
  return status;
}
