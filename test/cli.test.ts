import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { fakeIO, lastJson, scratchDir, sharedDir } from './helpers.js';

const GOOD_TEXT = 'Ministers Meet in Oslo\n\nOSLO, June 3 (Meridian) -- The two ministers met on Tuesday to discuss shipping, officials said.\nThey agreed to meet again in the autumn.\n';
const GOOD_HTML = `<!doctype html><html><head><title>Port talks resume | The Harbour Ledger</title><meta property="article:published_time" content="2025-06-04T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Port talks resume</h1>
<p>Negotiators from both countries returned to the table on Wednesday, officials said, after a pause of two months that had worried exporters.</p>
<p>The talks focus on quotas, inspections and the cost of cold storage in the northern ports, and could end with a signed agreement before winter.</p>
<p>“We are closer than we have ever been,” the lead negotiator told reporters outside the ministry, adding that several technical questions remained open.</p>
</article><footer>© 2025 The Harbour Ledger</footer></body></html>`;

function badFolder(): string {
  const dir = scratchDir('bad');
  writeFileSync(join(dir, 'good.txt'), GOOD_TEXT);
  writeFileSync(join(dir, 'page.html'), GOOD_HTML);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'huge.html'), Buffer.alloc(11 * 1024 * 1024, 'a'));
  writeFileSync(join(dir, 'truncated.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title><description>&lt;p&gt;Complete item text about the harbour and the ships that left on Monday.&lt;/p&gt;</description></item><item><title>Two</title><descr');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners in M\xfcnchen met the mayor on Friday to discuss rents, the council said.\nThey will meet again.\n', 'latin1'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  return dir;
}

test('ingest of a folder of bad inputs: each failure reported, good files in, exit 1; again adds nothing', async () => {
  const dir = badFolder();
  const db = join(dir, '..', `${Date.now()}-bad.db`);
  const io = fakeIO(dir);
  const code = await main(['ingest', '.', '--db', db, '--json'], io);
  assert.equal(code, 1);
  const s = lastJson(io.out()) as { ingested: number; duplicates: number; failed: Array<{ path: string; code: string; reason: string }> };
  const codes = Object.fromEntries(s.failed.map((f) => [f.path.split('/').slice(-1)[0], f.code]));
  assert.equal(codes['empty.txt'], 'EMPTY');
  assert.equal(codes['binary.txt'], 'BINARY');
  assert.equal(codes['huge.html'], 'TOO_LARGE');
  assert.equal(codes['truncated.xml'], 'FEED_TRUNCATED');
  assert.equal(codes['loop'], 'SYMLINK_LOOP');
  for (const f of s.failed) assert.ok(f.reason.length > 5);
  // good.txt, page.html, latin1.txt, and the complete feed item
  assert.equal(s.ingested, 4);
  const notes = (s as unknown as { notes: Array<{ path: string; code: string }> }).notes;
  assert.ok(notes.some((n) => n.path.endsWith('latin1.txt') && n.code === 'RECODED'));
  const again = fakeIO(dir);
  assert.equal(await main(['ingest', '.', '--db', db, '--json'], again), 1);
  const s2 = lastJson(again.out());
  assert.equal(s2['ingested'], 0);
  assert.equal(s2['duplicates'], 4);
});

test('usage errors exit 2; unknown ids exit 1 with a coded message', async () => {
  const dir = scratchDir('usage');
  const io = fakeIO(dir);
  assert.equal(await main(['frobnicate'], io), 2);
  assert.equal(await main(['ingest'], fakeIO(dir)), 2);
  assert.equal(await main(['articles', '--no-such-flag'], fakeIO(dir)), 2);
  const show = fakeIO(dir);
  assert.equal(await main(['show', 'ffffffffffff', '--db', join(dir, 'x.db')], show), 1);
  assert.match(show.err(), /^NOT_FOUND: /);
});

test('stdin ingest, articles, show, search and export json', async () => {
  const dir = scratchDir('cli');
  const db = join(dir, 'p.db');
  const io = fakeIO(dir, GOOD_TEXT);
  assert.equal(await main(['ingest', '-', '--db', db, '--json'], io), 0);
  assert.equal(lastJson(io.out())['ingested'], 1);
  const exp = fakeIO(dir);
  assert.equal(await main(['export', 'json', '--db', db, '--out', 'out.json'], exp), 0);
  const doc = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { articles: Array<Record<string, unknown>> };
  const a = doc.articles[0]!;
  for (const k of ['id', 'source', 'outlet', 'title', 'published', 'dateline', 'text', 'removed', 'headings', 'captions']) assert.ok(k in a, k);
  assert.equal(a['title'], 'Ministers Meet in Oslo');
  assert.deepEqual(a['dateline'], { place: 'Oslo', date: 'XXXX-06-03' });
  const search = fakeIO(dir);
  assert.equal(await main(['search', 'shipping', '--db', db, '--json'], search), 0);
  assert.equal((lastJson(search.out())['hits'] as unknown[]).length, 1);
  const show = fakeIO(dir);
  assert.equal(await main(['show', String(a['id']).slice(0, 8), '--db', db], show), 0);
  assert.match(show.out(), /removed \(1\)/);
});

test('the seed gold: every ingest section scores 1, read sections hold their floors (needs ../shared)', async (t) => {
  const seeds = sharedDir('seeds');
  if (!seeds) return t.skip('../shared/seeds is absent');
  const io = fakeIO(process.cwd());
  assert.equal(await main(['eval', 'seeds', seeds], io), 0);
  const r = lastJson(io.out()) as { scores: Record<string, number> };
  for (const k of ['boilerplate', 'body_kept', 'headings', 'captions', 'mojibake', 'outlet', 'title', 'dateline']) assert.equal(r.scores[k], 1, k);
  // 001 stated, 002 and 003 inferred from their text, 000's year carried over from 001.
  assert.equal(r.scores['published'], 1);
  assert.ok(r.scores['entities']! >= 0.8, `entities ${r.scores['entities']}`);
  assert.ok(r.scores['roles']! >= 0.9, `roles ${r.scores['roles']}`);
  assert.equal(r.scores['quotes'], 1);
  assert.ok(r.scores['events_core']! >= 0.75, `events_core ${r.scores['events_core']}`);
  assert.equal(r.scores['time_questions'], 1);
});

test('who-held and entity answer from the stored seed articles (needs ../shared)', async (t) => {
  const seeds = sharedDir('seeds');
  if (!seeds) return t.skip('../shared/seeds is absent');
  const dir = scratchDir('roles');
  const db = join(dir, 'p.db');
  await main(['ingest', seeds, '--db', db], fakeIO(dir));
  const held = async (office: string, on: string): Promise<unknown> => {
    const io = fakeIO(dir);
    assert.equal(await main(['who-held', office, '--on', on, '--db', db, '--json'], io), 0);
    return lastJson(io.out())['person'];
  };
  // Different wordings of one office, held by different people at different times.
  assert.equal(await held('Foreign Minister of China', '2023-02-22'), 'Qin Gang');
  assert.equal(await held('Chinese Foreign Minister', '2023-09-20'), 'Wang Yi');
  assert.equal(await held('head of the Russian Security Council', '2023-02-21'), 'Nikolai Patrushev');
  assert.equal(await held('Russian Security Council Secretary', '2024-09-10'), 'Sergei Shoigu');
  const ent = fakeIO(dir);
  assert.equal(await main(['entity', 'Wang', '--db', db, '--json'], ent), 0);
  const e = lastJson(ent.out()) as { name: string; offices: Array<{ office: string }>; articles: unknown[] };
  assert.equal(e.name, 'Wang Yi');
  assert.equal(e.articles.length, 4);
  assert.ok(e.offices.some((o) => o.office === 'Director of the Office of the Central Commission for Foreign Affairs'));
  assert.equal(await main(['who-held', 'Foreign Minister of China', '--db', db], fakeIO(dir)), 2, '--on is required');
});

test('events and quotes from the stored seed articles, filtered (needs ../shared)', async (t) => {
  const seeds = sharedDir('seeds');
  if (!seeds) return t.skip('../shared/seeds is absent');
  const dir = scratchDir('facts');
  const db = join(dir, 'p.db');
  await main(['ingest', seeds, '--db', db], fakeIO(dir));
  const ev = fakeIO(dir);
  assert.equal(await main(['events', '--entity', 'Patrushev', '--from', '2023-02', '--to', '2023-02-28', '--db', db, '--json'], ev), 0);
  const events = (lastJson(ev.out()) as { events: Array<{ participants: Array<{ name: string }>; date: { start: string } }> }).events;
  assert.ok(events.length > 0);
  for (const e of events) assert.ok(e.participants.some((p) => p.name.includes('Patrushev')) && e.date.start.startsWith('2023-02'));
  const planned = fakeIO(dir);
  assert.equal(await main(['events', '--status', 'planned', '--db', db, '--json'], planned), 0);
  for (const e of (lastJson(planned.out()) as { events: Array<{ status: string }> }).events) assert.equal(e.status, 'planned');
  const q = fakeIO(dir);
  assert.equal(await main(['quotes', '--speaker', 'Patrushev', '--db', db, '--json'], q), 0);
  const quotes = (lastJson(q.out()) as { quotes: Array<{ text: string; stance: string | null; via: { name: string } | null }> }).quotes;
  assert.ok(quotes.some((x) => x.text.includes('the bloody events') && x.stance === 'false'));
  assert.ok(quotes.some((x) => x.via?.name === 'Sputnik'));
  assert.equal(await main(['events', '--status', 'maybe', '--db', db], fakeIO(dir)), 2);
  // Events and quotes name each entity as the corpus does, with the id of an entity the export lists.
  const ex = fakeIO(dir);
  assert.equal(await main(['export', 'json', '--db', db], ex), 0);
  const all = JSON.parse(ex.out()) as { entities: Array<{ id: string; name: string }>; events: Array<{ participants: Array<{ id: string; name: string }> }>; quotes: Array<{ speaker: { id: string; name: string } | null }> };
  const names = new Map(all.entities.map((e) => [e.id, e.name]));
  for (const p of [...all.events.flatMap((e) => e.participants), ...all.quotes.flatMap((x) => (x.speaker ? [x.speaker] : []))]) {
    assert.equal(p.name, names.get(p.id), `${p.id} is named ${names.get(p.id)} in the entity list, ${p.name} here`);
  }
});

test('clusters and lineage of the seed articles (needs ../shared)', async (t) => {
  const seeds = sharedDir('seeds');
  if (!seeds) return t.skip('../shared/seeds is absent');
  const dir = scratchDir('link');
  const db = join(dir, 'p.db');
  await main(['ingest', seeds, '--db', db], fakeIO(dir));
  const exp = fakeIO(dir);
  assert.equal(await main(['export', 'json', '--db', db], exp), 0);
  const doc = JSON.parse(exp.out()) as { articles: Array<{ id: string; source: string }>; clusters: { events: string[][]; storylines: string[][] }; lineage: Array<{ article: string; derived_from: string; added: string[] }>; events: Array<{ reports: unknown[] }> };
  const name = new Map(doc.articles.map((a) => [a.id, a.source.split('/').pop()!.slice(0, 3)]));
  const groups = doc.clusters.events.map((g) => g.map((id) => name.get(id)).sort().join(',')).sort();
  assert.deepEqual(groups, ['000,001', '002', '003']);
  assert.equal(doc.clusters.storylines.length, 1);
  assert.deepEqual(doc.lineage.map((l) => [name.get(l.article), name.get(l.derived_from)]), [['000', '001']]);
  assert.ok(doc.lineage[0]!.added.some((a) => a.includes('26 countries')));
  assert.ok(doc.events.some((e) => e.reports.length > 1), 'one event reported by two articles');
});

test('brief, compare and timeline over the seed articles (needs ../shared)', async (t) => {
  const seeds = sharedDir('seeds');
  if (!seeds) return t.skip('../shared/seeds is absent');
  const dir = scratchDir('brief');
  const db = join(dir, 'p.db');
  await main(['ingest', seeds, '--db', db], fakeIO(dir));
  const brief = fakeIO(dir);
  assert.equal(await main(['brief', '--db', db], brief), 0);
  assert.match(brief.out(), /^# Briefing/);
  assert.match(brief.out(), /Sergei Shoigu in St\. Petersburg — 2 sources/);
  const cmp = fakeIO(dir);
  assert.equal(await main(['compare', '--db', db, '--json'], cmp), 0);
  const framing = (lastJson(cmp.out()) as { framing: Record<string, Array<{ text: string }>> }).framing;
  assert.ok((framing['CNN'] ?? []).some((f) => f.text.includes('falsely described')));
  const tl = fakeIO(dir);
  assert.equal(await main(['timeline', '--entity', 'Shoigu', '--db', db, '--json'], tl), 0);
  const timeline = (lastJson(tl.out()) as { timeline: Array<{ date: { start: string }; sources: string[] }> }).timeline;
  assert.ok(timeline.some((e) => e.date.start === '2024-09-10' && e.sources.length === 2));
});

test('demo --no-serve ingests the samples, prints the briefing and exits; brief --html writes one escaped page', async () => {
  const dir = scratchDir('demo');
  const io = fakeIO(dir);
  assert.equal(await main(['demo', '--no-serve', '--db', join(dir, 'p.db')], io), 0, io.err());
  const n = Number(/ingested (\d+) · duplicates 0 · failed 0/.exec(io.out())?.[1]);
  assert.ok(n >= 7, io.out().slice(0, 300));
  assert.match(io.out(), new RegExp(`^# Briefing: ${n} articles`, 'm'));
  assert.doesNotMatch(io.out(), /Parallax UI on/);

  const html = fakeIO(dir);
  assert.equal(await main(['brief', '--html', '--db', join(dir, 'p.db'), '--out', 'brief.html'], html), 0, html.err());
  const page = readFileSync(join(dir, 'brief.html'), 'utf8');
  assert.match(page, /^<!doctype html>/);
  assert.match(page, new RegExp(`<h1>Briefing: ${n} articles, \\d+ linked events</h1>`));
  assert.match(page, /<h2>Where outlets differ<\/h2>/);
  assert.ok(!/<script/i.test(page), 'no script in the briefing page');
});

test('demo serves the web UI on the sample corpus until stopped', async () => {
  const dir = scratchDir('demo-serve');
  const stop = new AbortController();
  const io = { ...fakeIO(dir), signal: stop.signal };
  const done = main(['demo', '--port', '0', '--db', join(dir, 'p.db')], io);
  let url: string | undefined;
  for (let i = 0; i < 600 && !url; i++) {
    url = /Parallax UI on (http:\/\/127\.0\.0\.1:\d+)\//.exec(io.out())?.[1];
    if (!url) await new Promise((r) => setTimeout(r, 100));
  }
  try {
    assert.ok(url, io.out() + io.err());
    const token = /Ingest token for this session \(paste it on the Ingest page\): (\S+)/.exec(io.out())?.[1];
    assert.ok(token, 'a one-time token for the UI ingest');
    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(await page.text(), /<script type="module" src="\/ui\/app.js">/);
    assert.equal((await fetch(`${url}/ui/app.js`)).status, 200);
    const o = (await (await fetch(`${url}/api/overview`)).json()) as { articles: number; changes: { articles: unknown[] } };
    const n = Number(/ingested (\d+)/.exec(io.out())?.[1]);
    assert.ok(n >= 7);
    assert.equal(o.articles, n);
    assert.equal(o.changes.articles.length, n, 'the demo\'s ingest is what changed');
    const w = await fetch(`${url}/api/ingest?name=x.txt`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: 'A short note about the harbour council, which met on Friday to approve the budget, a spokesman said.\n' });
    assert.equal(w.status, 201);
  } finally {
    stop.abort();
  }
  assert.equal(await done, 0);
});
