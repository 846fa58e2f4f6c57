import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type ApiResponse } from '../src/api/app.js';
import { blockedReason } from '../src/api/fetch.js';
import { serve } from '../src/api/server.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { Validator } from '@seriousme/openapi-schema-validator';

const TOKEN = 'test-token-123';

// Articles written for this test (fictional people and outlets).
const A1 = {
  title: 'Harbour ministers meet in Tallinn',
  outlet: 'Northern Wire',
  published: '2025-03-11',
  text: 'TALLINN, March 11 (Northern Wire) -- Foreign Minister Elsa Varnhagen met Trade Minister Tomas Oduya in Tallinn on Tuesday to discuss fishing quotas, officials said.\n\n"We have agreed on the outline of a deal," Varnhagen told reporters after the talks.\n\nThe two ministers will meet again in April, the ministry said.\n',
};
const A2 = {
  title: 'Quota talks continue',
  outlet: 'Harbour Ledger',
  published: '2025-04-02',
  text: 'RIGA, April 2 (Harbour Ledger) -- Trade Minister Tomas Oduya visited Riga on Wednesday for a second round of quota talks with Elsa Varnhagen, the foreign minister.\n\nOduya said the negotiators were close to an agreement on cold storage.\n',
};
const HTML = `<!doctype html><html><head><title>Ferry line reopens | Coastal Courier</title><meta property="article:published_time" content="2025-05-20T08:00:00Z"></head>
<body><article><h1>Ferry line reopens</h1><p>The ferry line between the two islands reopened on Monday after a winter of repairs, the port authority said in a statement.</p>
<p>Mayor Ines Calloway welcomed the first passengers and said the service would run twice a day until the autumn.</p></article></body></html>`;

type Json = Record<string, any>;

async function setup(extra: Partial<Parameters<typeof createApp>[0]> = {}) {
  const store = new SqliteStore(':memory:');
  const app = createApp({ store, token: TOKEN, ...extra });
  const call = async (method: string, url: string, body?: string | Buffer | object, headers: Record<string, string> = {}): Promise<ApiResponse & { json: () => Json }> => {
    const h: Record<string, string> = { ...headers };
    let b: Buffer | undefined;
    if (body !== undefined) {
      if (Buffer.isBuffer(body)) b = body;
      else if (typeof body === 'string') b = Buffer.from(body);
      else {
        b = Buffer.from(JSON.stringify(body));
        h['content-type'] ??= 'application/json';
      }
    }
    const r = await app.handle({ method, url, headers: h, body: b });
    return { ...r, json: () => JSON.parse(r.body) as Json };
  };
  const auth = { authorization: `Bearer ${TOKEN}` };
  return { store, app, call, auth };
}

async function seeded() {
  const s = await setup();
  for (const a of [A1, A2]) {
    const r = await s.call('POST', '/api/ingest', a, s.auth);
    assert.equal(r.status, 201, r.body);
  }
  await new Promise((res) => setTimeout(res, 5)); // each ingest run has its own time stamp
  const r = await s.call('POST', '/api/ingest?name=ferry.html', HTML, s.auth);
  assert.equal(r.status, 201, r.body);
  return s;
}

function assertError(r: ApiResponse, status: number): Json {
  assert.equal(r.status, status, r.body);
  assert.match(r.headers['content-type']!, /^application\/json/);
  const j = JSON.parse(r.body) as Json;
  assert.equal(typeof j['error']?.code, 'string');
  assert.equal(typeof j['error']?.message, 'string');
  assert.ok(!/\n\s+at /.test(r.body), 'no stack in an error');
  return j;
}

test('api: articles list, paging, filters, and one article with its spans', async () => {
  const { call, store } = await seeded();
  const all = await call('GET', '/api/articles');
  assert.equal(all.status, 200);
  assert.match(all.headers['content-type']!, /^application\/json/);
  const j = all.json();
  assert.equal(j['total'], 3);
  assert.equal(j['articles'].length, 3);
  assert.deepEqual(Object.keys(j['articles'][0]).sort(), ['chars', 'id', 'ingestedAt', 'outlet', 'published', 'source', 'title']);

  const p = (await call('GET', '/api/articles?limit=1&offset=1')).json();
  assert.equal(p['total'], 3);
  assert.equal(p['limit'], 1);
  assert.equal(p['offset'], 1);
  assert.equal(p['articles'].length, 1);
  assert.equal(p['articles'][0].id, j['articles'][1].id);

  const byOutlet = (await call('GET', '/api/articles?outlet=northern%20wire')).json();
  assert.equal(byOutlet['total'], 1);
  assert.equal(byOutlet['articles'][0].outlet, 'Northern Wire');
  const april = (await call('GET', '/api/articles?from=2025-04&to=2025-04-30')).json();
  assert.deepEqual(april['articles'].map((a: Json) => a.published), ['2025-04-02']);

  const id = byOutlet['articles'][0].id as string;
  const one = await call('GET', `/api/articles/${id}`);
  assert.equal(one.status, 200);
  const a = one.json();
  assert.equal(a['id'], id);
  assert.equal(typeof a['text'], 'string');
  assert.ok(Array.isArray(a['removed']));
  for (const l of ['entity', 'time', 'role', 'event', 'quote']) assert.ok(Array.isArray(a['annotations'][l]), l);
  assert.ok(a['annotations'].entity.length > 0);
  for (const s of a['annotations'].entity) assert.equal(a['text'].slice(s.start, s.end), s.text);
  assert.ok(a['annotations'].quote.length > 0, 'the quote is annotated');
  assert.equal((await call('GET', `/api/articles/${id.slice(0, 8)}`)).json()['id'], id, 'a prefix is enough');
  assertError(await call('GET', '/api/articles/ffffffffffffffff'), 404);
  await store.close();
});

test('api: entities, entity, who-held, events, quotes', async () => {
  const { call } = await seeded();
  const ents = (await call('GET', '/api/entities')).json();
  assert.ok(ents['total'] > 0);
  const people = (await call('GET', '/api/entities?type=person')).json();
  assert.ok(people['entities'].every((e: Json) => e.type === 'person'));
  const names = people['entities'].map((e: Json) => e.name);
  assert.ok(names.includes('Elsa Varnhagen'), names.join(', '));
  const found = (await call('GET', '/api/entities?q=varnhag')).json();
  assert.ok(found['entities'].some((e: Json) => e.name === 'Elsa Varnhagen'));
  assertError(await call('GET', '/api/entities?type=animal'), 400);

  const e = await call('GET', '/api/entities/Elsa%20Varnhagen');
  assert.equal(e.status, 200, e.body);
  const ej = e.json();
  assert.equal(ej['name'], 'Elsa Varnhagen');
  assert.ok(Array.isArray(ej['aliases']) && Array.isArray(ej['offices']));
  assert.equal(ej['articles'].length, 2);
  assert.ok(ej['articles'][0].id);
  assertError(await call('GET', '/api/entities/Nobody%20Atall'), 404);

  const wh = await call('GET', '/api/who-held?office=foreign%20minister&on=2025-03-20');
  assert.equal(wh.status, 200, wh.body);
  assert.equal(wh.json()['office'], 'foreign minister');
  assert.ok('person' in wh.json() && Array.isArray(wh.json()['evidence']));
  assertError(await call('GET', '/api/who-held?office=foreign%20minister'), 400);
  assertError(await call('GET', '/api/who-held?office=x&on=March'), 400);

  const ev = (await call('GET', '/api/events')).json();
  assert.ok(ev['total'] > 0, 'events found');
  assert.ok(ev['events'].every((x: Json) => typeof x.kind === 'string' && Array.isArray(x.participants)));
  const occurred = (await call('GET', '/api/events?status=occurred')).json();
  assert.ok(occurred['events'].every((x: Json) => x.status === 'occurred'));
  const march = (await call('GET', '/api/events?from=2025-03-01&to=2025-03-31')).json();
  assert.ok(march['events'].every((x: Json) => (x.date.start as string).startsWith('2025-03')));
  const oduya = (await call('GET', '/api/events?entity=Oduya')).json();
  assert.ok(oduya['total'] > 0 && oduya['events'].every((x: Json) => x.participants.some((pp: Json) => /Oduya/.test(pp.name))));
  assertError(await call('GET', '/api/events?status=maybe'), 400);
  assertError(await call('GET', '/api/events?from=yesterday'), 400);
  assertError(await call('GET', '/api/events?limit=0'), 400);
  assertError(await call('GET', '/api/events?limit=abc'), 400);
  assertError(await call('GET', '/api/events?colour=blue'), 400);

  const qs = (await call('GET', '/api/quotes')).json();
  assert.ok(qs['total'] > 0);
  const hers = (await call('GET', '/api/quotes?speaker=Varnhagen')).json();
  assert.ok(hers['total'] > 0 && hers['quotes'].every((x: Json) => /Varnhagen/.test(x.speaker.name)));
});

test('api: clusters, lineage, timeline, compare, brief, search, export', async () => {
  const { call } = await seeded();
  const c = (await call('GET', '/api/clusters')).json();
  assert.ok(Array.isArray(c['clusters'].events) && Array.isArray(c['clusters'].storylines));
  const l = (await call('GET', '/api/lineage')).json();
  assert.ok(Array.isArray(l['lineage']) && typeof l['total'] === 'number');
  const t = (await call('GET', '/api/timeline')).json();
  assert.ok(t['total'] > 0 && t['timeline'].every((x: Json) => Array.isArray(x.sources)));
  const t2 = (await call('GET', '/api/timeline?entity=Calloway')).json();
  assert.ok(t2['timeline'].every((x: Json) => x.participants.some((pp: string) => /Calloway/.test(pp))));
  assertError(await call('GET', '/api/timeline?to=soon'), 400);
  const cmp = (await call('GET', '/api/compare')).json();
  assert.ok(Array.isArray(cmp['events']) && Array.isArray(cmp['oneOutlet']));
  const b = await call('GET', '/api/brief');
  assert.equal(b.status, 200);
  assert.match(b.headers['content-type']!, /^text\/markdown/);
  assert.match(b.body, /^#/m);
  const s = (await call('GET', '/api/search?q=ferry')).json();
  assert.equal(s['hits'].length, 1);
  assert.equal(s['query'], 'ferry');
  assert.equal((await call('GET', '/api/search?q=quota&limit=1')).json()['hits'].length, 1);
  assert.equal((await call('GET', '/api/search?q=%22cold%20storage%22')).json()['hits'].length, 1, 'phrase');
  assertError(await call('GET', '/api/search'), 400);
  const ex = (await call('GET', '/api/export')).json();
  for (const k of ['articles', 'entities', 'roles', 'events', 'quotes', 'clusters', 'lineage', 'framing']) assert.ok(k in ex, k);
  assert.equal(ex['articles'].length, 3);
});

test('api: routing errors are 404/405 in the error shape', async () => {
  const { call } = await setup();
  assertError(await call('GET', '/api/nothing'), 404);
  assertError(await call('GET', '/'), 404);
  const r = await call('DELETE', '/api/articles');
  assertError(r, 405);
  assert.equal(r.headers['allow'], 'GET');
  assertError(await call('GET', '/api/ingest'), 405);
  assertError(await call('POST', '/api/export', {}), 405);
  assertError(await call('GET', '/api/articles/%E0%A4%A'), 400);
  // An empty store answers every list with nothing, not an error.
  assert.equal((await call('GET', '/api/articles')).json()['total'], 0);
  assert.equal((await call('GET', '/api/brief')).status, 200);
});

test('api: writes need the token; re-posting is a duplicate; bad bodies are refused', async () => {
  const { call, auth, store } = await setup();
  const none = await setup({ token: null });
  const j = assertError(await none.call('POST', '/api/ingest', A1, auth), 403);
  assert.match(j['error'].message, /PARALLAX_TOKEN/);
  assertError(await call('POST', '/api/ingest', A1), 401);
  assertError(await call('POST', '/api/ingest', A1, { authorization: 'Bearer wrong' }), 401);
  assert.equal(await store.countArticles(), 0, 'nothing went in without the token');

  const first = await call('POST', '/api/ingest', A1, auth);
  assert.equal(first.status, 201, first.body);
  assert.equal(first.json()['ingested'], 1);
  assert.equal(first.json()['ids'].length, 1);
  const again = await call('POST', '/api/ingest', A1, auth);
  assert.equal(again.status, 200);
  assert.equal(again.json()['ingested'], 0);
  assert.equal(again.json()['duplicates'], 1);
  assert.deepEqual(again.json()['ids'], first.json()['ids']);

  const txt = await call('POST', '/api/ingest?name=note.txt', 'Plain text about the harbour council, which met on Friday to approve the new budget, a spokesman said.\n', auth);
  assert.equal(txt.status, 201, txt.body);
  const jsonl = await call('POST', '/api/ingest?name=batch.jsonl', [A2].map((a) => JSON.stringify(a)).join('\n'), auth);
  assert.equal(jsonl.status, 201, jsonl.body);
  assert.equal(await store.countArticles(), 3);

  assertError(await call('POST', '/api/ingest', '{not json', { ...auth, 'content-type': 'application/json' }), 400);
  assertError(await call('POST', '/api/ingest', { title: 'no body' }, auth), 422);
  const empty = assertError(await call('POST', '/api/ingest?name=empty.txt', '', auth), 422);
  assert.equal(empty['error'].code, 'EMPTY');
  assertError(await call('POST', '/api/ingest?name=x.pdf', 'abc', auth), 422);
  assertError(await call('POST', '/api/ingest?name=a/b.txt', 'abc', auth), 400);
  const small = await setup({ maxBodyBytes: 10 });
  assertError(await small.call('POST', '/api/ingest?name=a.txt', 'x'.repeat(11), small.auth), 413);
});

test('api: ingest/url refuses private, loopback and link-local hosts without connecting', async () => {
  let hits = 0;
  const local = createServer((_req, res) => {
    hits++;
    res.end('<html><body><p>should never be fetched</p></body></html>');
  });
  await new Promise<void>((r) => local.listen(0, '127.0.0.1', r));
  const port = (local.address() as AddressInfo).port;
  const fetched: string[] = [];
  const lookups: string[] = [];
  const { call, auth, store } = await setup({
    fetch: async (u) => {
      fetched.push(u);
      throw new Error('no network in tests');
    },
    lookup: async (host) => {
      lookups.push(host);
      if (host === 'localhost') return [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }];
      if (host === 'rebind.example') return [{ address: '93.184.216.34', family: 4 }, { address: 'fe80::1', family: 6 }];
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    },
  });
  for (const url of [`http://127.0.0.1:${port}/`, 'http://localhost/', 'http://10.0.0.1/', 'http://[::1]/', 'http://169.254.169.254/latest', 'http://[::ffff:127.0.0.1]/', 'http://rebind.example/', 'http://0x7f000001/']) {
    const r = await call('POST', '/api/ingest/url', { url }, auth);
    const j = assertError(r, 422);
    assert.equal(j['error'].code, 'FETCH_REFUSED', `${url}: ${r.body}`);
  }
  assert.equal(fetched.length, 0, 'no fetch was attempted');
  assert.equal(hits, 0, 'the loopback server saw no request');
  assert.deepEqual(lookups.sort(), ['localhost', 'rebind.example'], 'IP literals are not looked up');
  assertError(await call('POST', '/api/ingest/url', { url: 'file:///etc/passwd' }, auth), 400);
  assertError(await call('POST', '/api/ingest/url', { url: 'not a url' }, auth), 400);
  assertError(await call('POST', '/api/ingest/url', { nope: 1 }, auth), 400);
  assertError(await call('POST', '/api/ingest/url', { url: 'http://localhost/' }), 401);
  assert.equal((await call('POST', '/api/ingest/url', { url: 'http://unknown.invalid/' }, auth)).status, 422);
  assert.equal(fetched.length, 0);
  assert.equal(await store.countArticles(), 0);
  await new Promise<void>((r) => local.close(() => r()));

  // The real resolver (no injected lookup): localhost resolves offline and is refused before any fetch.
  const real = await setup({ fetch: async (u) => { fetched.push(u); throw new Error('no network in tests'); } });
  for (const url of ['http://localhost/', `http://localhost:${port}/x`, 'http://127.0.0.1/']) {
    assert.equal(assertError(await real.call('POST', '/api/ingest/url', { url }, real.auth), 422)['error'].code, 'FETCH_REFUSED', url);
  }
  assert.equal(fetched.length, 0);
  assert.equal(hits, 0);

  for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.1.1', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd12::1', '::ffff:10.0.0.1', '::ffff:a00:1', 'ff02::1']) assert.ok(blockedReason(a), a);
  for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '172.32.0.1']) assert.equal(blockedReason(a), null, a);
});

test('api: ingest/url follows redirects and re-checks each hop (injected fetch, no network)', async () => {
  const calls: string[] = [];
  const { call, auth, store } = await setup({
    lookup: async (host) => (host === 'public.example' || host === 'other.example' ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '10.0.0.5', family: 4 }]),
    fetch: async (u) => {
      calls.push(u);
      if (u === 'http://public.example/a') return new Response(null, { status: 302, headers: { location: '/b' } });
      if (u === 'http://public.example/b') return new Response(null, { status: 301, headers: { location: 'http://other.example/story' } });
      if (u === 'http://public.example/private') return new Response(null, { status: 302, headers: { location: 'http://intranet.example/' } });
      if (u === 'http://public.example/loop') return new Response(null, { status: 302, headers: { location: '/loop' } });
      if (u === 'http://public.example/big') return new Response('x'.repeat(2000), { status: 200, headers: { 'content-type': 'text/plain' } });
      return new Response(HTML, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    },
    maxBodyBytes: 1500,
  });
  const ok = await call('POST', '/api/ingest/url', { url: 'http://public.example/a' }, auth);
  assert.equal(ok.status, 201, ok.body);
  assert.equal(ok.json()['url'], 'http://other.example/story');
  assert.deepEqual(calls, ['http://public.example/a', 'http://public.example/b', 'http://other.example/story']);
  const doc = await store.getArticle(ok.json()['ids'][0]);
  assert.equal(doc?.meta.url, 'http://other.example/story');
  const bad = assertError(await call('POST', '/api/ingest/url', { url: 'http://public.example/private' }, auth), 422);
  assert.equal(bad['error'].code, 'FETCH_REFUSED');
  assert.ok(!calls.includes('http://intranet.example/'));
  assertError(await call('POST', '/api/ingest/url', { url: 'http://public.example/loop' }, auth), 422);
  assertError(await call('POST', '/api/ingest/url', { url: 'http://public.example/big' }, auth), 413);
});

test('api: /openapi.json is OpenAPI 3.1 with every route, and every path answers', async () => {
  const { call, app } = await seeded();
  const r = await call('GET', '/openapi.json');
  assert.equal(r.status, 200);
  const doc = r.json();
  assert.equal(doc['openapi'], '3.1.0');
  // Validated against the OpenAPI 3.1 schema itself, not just by its version string.
  const validator = new Validator();
  const res = await validator.validate(doc as Parameters<Validator['validate']>[0]);
  assert.ok(res.valid, JSON.stringify(res.errors)?.slice(0, 2000));
  assert.equal(validator.version, '3.1');
  const paths = doc['paths'] as Record<string, Record<string, Json>>;
  for (const route of app.routes) assert.ok(paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`);
  for (const p of ['/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{name}', '/api/who-held', '/api/events', '/api/quotes', '/api/clusters', '/api/lineage', '/api/timeline', '/api/timeline/{event}', '/api/overview', '/api/offices', '/api/graph', '/api/map', '/api/map/outlines', '/api/compare', '/api/brief', '/api/search', '/api/export', '/api/ingest', '/api/ingest/url', '/openapi.json']) {
    assert.ok(paths[p], p);
  }
  assert.deepEqual(paths['/api/events']!['get']!['parameters'].find((x: Json) => x.name === 'status').schema.enum, ['occurred', 'planned', 'reported', 'denied', 'hypothetical']);
  assert.ok(paths['/api/ingest']!['post']!['security']);
  const sample: Record<string, string> = { id: (await call('GET', '/api/articles')).json()['articles'][0].id, name: 'Elsa Varnhagen', event: (await call('GET', '/api/timeline')).json()['timeline'][0].id };
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      let url = path.replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(sample[k]!));
      const required = (op['parameters'] as Json[]).filter((x) => x.in === 'query' && x.required);
      if (required.length) url += '?' + required.map((x) => `${x.name}=${x.schema.pattern ? '2025-03-20' : 'minister'}`).join('&');
      const res = await call(method.toUpperCase(), url, method === 'post' ? {} : undefined);
      assert.notEqual(res.status, 404, `${method} ${url}: ${res.body}`);
      assert.notEqual(res.status, 405, `${method} ${url}`);
      assert.notEqual(res.status, 500, `${method} ${url}`);
      if (method === 'get') assert.equal(res.status, 200, `${method} ${url}: ${res.body.slice(0, 200)}`);
    }
  }
});

test('api: serve() on 127.0.0.1 answers a real GET', async () => {
  const store = new SqliteStore(':memory:');
  const s = await serve({ store, token: TOKEN, port: 0 });
  try {
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(`${s.url}/api/articles?limit=5`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await r.json(), { total: 0, limit: 5, offset: 0, articles: [] });
    const w = await fetch(`${s.url}/api/ingest`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(A1) });
    assert.equal(w.status, 201);
    const nf = await fetch(`${s.url}/nope`);
    assert.equal(nf.status, 404);
    assert.equal(((await nf.json()) as Json)['error'].code, 'NOT_FOUND');
  } finally {
    await s.close();
    await store.close();
  }
});

test('api: the web UI\'s routes: overview with what the last ingest changed, linked event, entity profile, offices, graph, map', async () => {
  const { call, store } = await seeded();
  const ids = (await store.listArticles()).map((a) => a.id);
  const ferry = (await store.listArticles()).find((a) => a.outlet === 'Coastal Courier')!.id;

  const o = (await call('GET', '/api/overview')).json();
  assert.equal(o['articles'], 3);
  assert.deepEqual(o['outlets'].map((x: Json) => x.name).sort(), ['Coastal Courier', 'Harbour Ledger', 'Northern Wire']);
  assert.ok(o['storylines'].length >= 2, 'the ferry story is a storyline of its own');
  assert.ok(o['storylines'].flatMap((st: Json) => st.articles.map((a: Json) => a.id)).sort().join() === [...ids].sort().join());
  assert.ok(o['latest'].length > 0 && o['latest'].every((e: Json) => typeof e.label === 'string' && Array.isArray(e.outlets)));
  // The last ingest was the ferry page: only it counts as new, and its mayor is first seen there.
  assert.deepEqual(o['changes'].articles.map((a: Json) => a.id), [ferry]);
  assert.ok(o['changes'].newEntities.some((e: Json) => /Calloway/.test(e.name)), JSON.stringify(o['changes'].newEntities));
  assert.ok(!o['changes'].newEntities.some((e: Json) => /Varnhagen/.test(e.name)));
  assert.ok(o['changes'].newEvents.every((e: Json) => e.articles.every((a: string) => a === ferry)));
  // A server that has seen no ingest says so rather than guessing.
  assert.equal((await (await setup()).call('GET', '/api/overview')).json()['changes'], null);
  // A server started over a store that another process filled shows that store's latest ingest run.
  const later = createApp({ store, token: TOKEN });
  const o2 = JSON.parse((await later.handle({ method: 'GET', url: '/api/overview', headers: {} })).body) as Json;
  assert.deepEqual(o2['changes'].articles.map((a: Json) => a.id), [ferry]);

  const planned = (await call('GET', '/api/timeline?status=planned')).json();
  assert.ok(planned['total'] > 0 && planned['timeline'].every((e: Json) => e.status === 'planned'), 'Varnhagen and Oduya "will meet again in April"');
  const wire = (await call('GET', '/api/timeline?outlet=northern%20wire')).json();
  assert.ok(wire['total'] > 0 && wire['timeline'].every((e: Json) => e.outlets.includes('Northern Wire')));
  assertError(await call('GET', '/api/timeline?status=rumoured'), 400);

  const meeting = (await call('GET', '/api/timeline?entity=Varnhagen&status=occurred')).json()['timeline'].find((e: Json) => e.participants.some((p: string) => /Oduya/.test(p)));
  assert.ok(meeting, 'a linked event of Varnhagen with Oduya');
  const ev = (await call('GET', `/api/timeline/${meeting.id}`)).json();
  assert.equal(ev['id'], meeting.id);
  assert.ok(ev['reports'].length >= 1);
  for (const r of ev['reports']) {
    assert.ok(r.excerpt.length > 0 && r.mentions.length > 0);
    const evidence = r.highlights.filter((x: Json) => x.kind === 'evidence');
    assert.ok(evidence.length > 0, 'the evidence is marked in the excerpt');
    for (const x of r.highlights) assert.ok(x.start >= 0 && x.end <= r.excerpt.length && x.start < x.end);
  }
  assert.ok(ev['coverage'].outlets.length >= 1 && ev['coverage'].rows.length > 0);
  assertError(await call('GET', '/api/timeline/ev99999'), 404);
  assertError(await call('GET', '/api/timeline/nope'), 400);

  const e = (await call('GET', '/api/entities/Elsa%20Varnhagen')).json();
  assert.ok(e['meetings'].length > 0 && e['meetings'].every((m: Json) => m.participants.some((p: string) => /Varnhagen/.test(p))));
  assert.ok(e['partners'].some((p: Json) => p.name === 'Tomas Oduya'), JSON.stringify(e['partners']));
  assert.ok(e['quotes'].some((q: Json) => /outline of a deal/.test(q.text)));
  assert.ok(e['offices'].some((r: Json) => /Foreign Minister/i.test(r.office)));

  const offices = (await call('GET', '/api/offices?q=minister')).json();
  assert.ok(offices['offices'].length > 0 && offices['offices'].every((x: Json) => /minister/i.test(x.office)));
  assert.ok(offices['offices'].some((x: Json) => x.holders.some((h: Json) => h.person === 'Elsa Varnhagen' && h.from === '2025-03-11')), JSON.stringify(offices));
  const hers = (await call('GET', '/api/offices?person=Varnhagen')).json()['offices'];
  assert.ok(hers.length > 0 && hers.every((x: Json) => x.holders.some((h: Json) => /Varnhagen/.test(h.person))), JSON.stringify(hers));
  assert.equal((await call('GET', '/api/offices?person=Nobody')).json()['total'], 0);

  const g = (await call('GET', '/api/graph')).json();
  const name = new Map(g['nodes'].map((n: Json) => [n.id, n.name]));
  assert.ok(g['edges'].some((x: Json) => [name.get(x.source), name.get(x.target)].sort().join(' + ') === 'Elsa Varnhagen + Tomas Oduya'), JSON.stringify(g));

  const m = (await call('GET', '/api/map')).json();
  const tallinn = m['places'].find((p: Json) => p.name === 'Tallinn');
  assert.ok(tallinn, JSON.stringify(m));
  assert.ok(Math.abs(tallinn.lat - 59.44) < 0.2 && Math.abs(tallinn.lon - 24.75) < 0.2, 'GeoNames coordinates, offline');
  assert.ok(tallinn.events.length > 0);
  const outlines = (await call('GET', '/api/map/outlines')).json();
  assert.ok(outlines['countries'].length > 150 && outlines['countries'].every((c: Json) => /^M[\d.]+,[\d.]+/.test(c.d)));

  const a = (await call('GET', `/api/articles/${ids[0]}`)).json();
  assert.ok(a['annotations'].entity.every((x: Json) => x.prov && typeof x.prov.stage === 'string'), 'every span carries its provenance');
  assert.ok(Array.isArray(a['annotations'].framing));
});

test('api: the briefing as HTML escapes article text', async () => {
  const { call, auth } = await setup();
  const evil = { ...A1, outlet: '<img src=x onerror=alert(1)> & Co', text: A1.text.replace('the outline of a deal', '<script>alert("x")</script> the outline of a deal') };
  assert.equal((await call('POST', '/api/ingest', evil, auth)).status, 201);
  const md = await call('GET', '/api/brief?format=markdown');
  assert.match(md.headers['content-type']!, /^text\/markdown/);
  const r = await call('GET', '/api/brief?format=html');
  assert.equal(r.status, 200);
  assert.match(r.headers['content-type']!, /^text\/html/);
  assert.match(r.body, /^<!doctype html>/);
  assert.match(r.body, /<h1>Briefing: 1 article/);
  assert.ok(!r.body.includes('<img') && !r.body.includes('<script>'), 'no markup from the article');
  assert.ok(r.body.includes('&#60;img src=x onerror=alert(1)&#62; &#38; Co'), 'the outlet is shown, escaped');
  assert.ok(/<table>[\s\S]*<\/table>/.test(r.body) && /<li>/.test(r.body));
  assertError(await call('GET', '/api/brief?format=pdf'), 400);
});

test('api: ingest/url connects to the address it checked (no second DNS answer), redirects included', async () => {
  const seen: Array<{ host: string | undefined; url: string | undefined }> = [];
  const local = createServer((req, res) => {
    seen.push({ host: req.headers.host, url: req.url });
    if (req.url === '/moved') {
      res.writeHead(302, { location: 'http://pinned.test:' + port + '/story' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(HTML);
  });
  await new Promise<void>((r) => local.listen(0, '127.0.0.1', r));
  const port = (local.address() as AddressInfo).port;
  try {
    // The names do not exist in DNS: the request can only arrive if it connects to the address the lookup gave.
    const lookups: string[] = [];
    const { call, auth } = await setup({ allowPrivateFetch: true, lookup: async (host) => (lookups.push(host), [{ address: '127.0.0.1', family: 4 }]) });
    const r = await call('POST', '/api/ingest/url', { url: `http://other.test:${port}/moved` }, auth);
    assert.equal(r.status, 201, r.body);
    assert.equal(r.json()['url'], `http://pinned.test:${port}/story`);
    assert.deepEqual(seen, [{ host: `other.test:${port}`, url: '/moved' }, { host: `pinned.test:${port}`, url: '/story' }]);
    assert.deepEqual(lookups, ['other.test', 'pinned.test'], 'one lookup per hop');

    // A resolver that answers public first and private after (rebinding): the fetch gets the checked answer.
    let n = 0;
    const given: string[] = [];
    const rebind = await setup({
      lookup: async () => [{ address: n++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 }],
      fetch: async (_u, init) => {
        given.push(init.address.address);
        return new Response(HTML, { status: 200, headers: { 'content-type': 'text/html' } });
      },
    });
    assert.equal((await rebind.call('POST', '/api/ingest/url', { url: 'http://rebind.test/' }, rebind.auth)).status, 201);
    assert.deepEqual(given, ['93.184.216.34']);
    assert.equal(n, 1, 'resolved once');
  } finally {
    await new Promise<void>((r) => local.close(() => r()));
  }
});
