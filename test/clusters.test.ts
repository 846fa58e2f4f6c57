import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, Span } from '../src/model/doc.js';
import { linkEvents, datesCompatible, intervalOf } from '../src/link/events.js';
import { clusterArticles } from '../src/link/cluster.js';
import { evalClusters, b3F1, pairwiseF1 } from '../src/eval/clusters.js';
import { ingestArticle } from '../src/ingest/article.js';
import { builtinStages } from '../src/pipeline/registry.js';
import { Runner } from '../src/pipeline/stage.js';
import { carryDates } from '../src/link/dates.js';
import { sharedDir } from './helpers.js';

interface Ev { kind: string; people: string[]; place?: string; date?: string; status?: string }

/** A processed-looking Doc: one sentence per event, entities for its people, events as the extract stage writes them. */
function doc(id: string, published: string | null, events: Ev[], extra = ''): Doc {
  const text = events.map((e) => `${e.people.join(' and ')} ${e.kind} in ${e.place ?? 'somewhere'}.`).join(' ') + (extra ? ` ${extra}` : '');
  const sentence: Span[] = [];
  const event: Span[] = [];
  const entity: Span[] = [];
  let at = 0;
  for (const e of events) {
    const s = `${e.people.join(' and ')} ${e.kind} in ${e.place ?? 'somewhere'}.`;
    sentence.push({ start: at, end: at + s.length, label: 'sentence', prov: { stage: 't', rule: 't' } });
    let p = at;
    for (const n of e.people) { entity.push({ start: p, end: p + n.length, label: 'person', data: { type: 'person', name: n }, prov: { stage: 't', rule: 't' } }); p += n.length + 5; }
    event.push({ start: at, end: at + 1, label: e.kind, prov: { stage: 't', rule: 't' }, data: {
      kind: e.kind, participants: e.people.map((n) => ({ name: n, type: 'person', role: 'participant' })), place: e.place ? { name: e.place } : null,
      date: { start: e.date ?? null, end: e.date ?? null, precision: e.date ? (e.date.length === 10 ? 'day' : 'month') : null, implied: false }, status: e.status ?? 'occurred', evidence: [] } });
    at += s.length + 1;
  }
  return { id, raw: text, text, offsets: { segments: [] } as unknown as Doc['offsets'],
    meta: { source: `${id}.txt`, format: 'text', url: null, encoding: 'utf-8', title: null, titleSource: null, outlet: null, outletSource: null, dateline: null,
      published: { value: published, precision: published ? (published.length === 10 ? 'day' : 'month') : null, source: published ? 'dateline' : null } },
    layers: { sentence, entity, event, time: [] }, removed: [] };
}

test('dates are compatible at the coarser precision; different months are not', () => {
  const i = (v: string): ReturnType<typeof intervalOf> => intervalOf({ start: v, end: v, precision: null }, null);
  assert.ok(datesCompatible(i('2024-09'), i('2024-09-10')));
  assert.ok(!datesCompatible(i('2023-02-22'), i('2023-09')));
  assert.ok(datesCompatible(i('XXXX-10-22'), i('2024-10')));
});

test('reports of one meeting merge; the same people in another month, or other people, stay apart', () => {
  const a = doc('a', '2021-06-15', [{ kind: 'meet', people: ['Ana Lima', 'Piet Smit'], place: 'Bergen', date: '2021-06-14' }]);
  const b = doc('b', '2021-06', [{ kind: 'talks', people: ['Lima', 'Smit'], place: 'Bergen', date: '2021-06' }]);
  const c = doc('c', '2021-11-02', [{ kind: 'meet', people: ['Ana Lima', 'Piet Smit'], place: 'Bergen', date: '2021-11-01' }]);
  const d = doc('d', '2021-06-15', [{ kind: 'meet', people: ['Ana Lima', 'Jon Moe'], place: 'Bergen', date: '2021-06-14' }]);
  const linked = linkEvents([a, b, c, d]);
  const groups = linked.map((e) => e.reports.map((r) => r.article).sort().join(''));
  assert.deepEqual(groups.sort(), ['ab', 'c', 'd']);
  const ab = linked.find((e) => e.reports.length === 2)!;
  assert.equal(ab.date.start, '2021-06-14');
  assert.ok(ab.reports.every((r) => r.gives.includes('participants') && r.gives.includes('place')));
});

test('a planned meeting is not the meeting that happened', () => {
  const a = doc('a', '2021-06-15', [{ kind: 'meet', people: ['Ana Lima', 'Piet Smit'], date: '2021-06-14' }]);
  const b = doc('b', '2021-06-10', [{ kind: 'meet', people: ['Ana Lima', 'Piet Smit'], date: '2021-06', status: 'planned' }]);
  assert.equal(linkEvents([a, b]).length, 2);
});

test('articles cluster by their lead event: same meeting together, same people months apart apart', () => {
  const a = doc('a', '2021-06-15', [{ kind: 'meet', people: ['Ana Lima', 'Piet Smit'], place: 'Bergen', date: '2021-06-14' }], 'Harbour fees and fishing quotas were discussed.');
  const b = doc('b', '2021-06', [{ kind: 'meet', people: ['Ana Lima', 'Piet Smit'], place: 'Bergen', date: '2021-06' }], 'Fishing quotas and harbour fees topped the agenda.');
  const c = doc('c', '2021-11-02', [{ kind: 'meet', people: ['Ana Lima', 'Piet Smit'], place: 'Bergen', date: '2021-11-01' }], 'Harbour fees and fishing quotas were discussed again.');
  const out = clusterArticles([a, b, c], linkEvents([a, b, c]));
  assert.deepEqual(out.events, [['a', 'b'], ['c']]);
  assert.deepEqual(out.storylines, [['a', 'b', 'c']]);
});

test('one storyline, two events: the same kind of happening with other people and places parts', () => {
  const quake = 'A strong earthquake struck, buildings collapsed and rescuers searched the rubble for survivors.';
  const mk = (id: string, who: string[], place: string): Doc => doc(id, null, [{ kind: 'quake', people: who, place, status: 'reported' }], quake);
  const ds = [mk('a', ['Rita Kasim'], 'Manokwari'), mk('b', ['Rita Kasim'], 'Manokwari'), mk('c', ['Budi Aceh'], 'Bener Meriah'), mk('d', ['Budi Aceh'], 'Bener Meriah')];
  const out = clusterArticles(ds, linkEvents(ds));
  assert.deepEqual(out.storylines, [['a', 'b', 'c', 'd']]);
  assert.deepEqual(out.events, [['a', 'b'], ['c', 'd']]);
});

test('cluster scores: B-cubed and pairwise F1', () => {
  const gold = new Map([['1', 'x'], ['2', 'x'], ['3', 'y']]);
  assert.equal(b3F1(gold, gold), 1);
  assert.equal(pairwiseF1(new Map([['1', 'a'], ['2', 'b'], ['3', 'c']]), gold), 0);
});

/** The seeds as the store holds them: read, extracted, and re-read once a year is carried over. */
function seedDocs(dir: string): Doc[] {
  const runner = new Runner(builtinStages());
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => runner.run(ingestArticle({ source: f, format: 'text', bytes: readFileSync(join(dir, f)) })));
  for (const c of carryDates(docs)) { c.doc.meta.published = c.published; runner.run(c.doc); }
  return docs;
}

test('seeds: clusters [000, 001], [002], [003]; one storyline of all four', (t) => {
  const dir = sharedDir('seeds');
  if (!dir) return t.skip('no ../shared/seeds');
  const docs = seedDocs(dir);
  const short = (id: string): string => docs.find((d) => d.id === id)!.meta.source.slice(0, 3);
  const out = clusterArticles(docs, linkEvents(docs));
  assert.deepEqual(out.events.map((g) => g.map(short)), [['000', '001'], ['002'], ['003']]);
  t.diagnostic(`storylines: ${JSON.stringify(out.storylines.map((g) => g.map(short)))}`);
  assert.deepEqual(out.storylines.map((g) => g.map(short)), [['000', '001', '002', '003']]);
});

test('ECB+ dev: document clustering by event without the topic', (t) => {
  const dir = sharedDir('data/ecbplus');
  if (!dir) return t.skip('no ../shared/data/ecbplus');
  const s = evalClusters(dir);
  t.diagnostic(JSON.stringify(s));
  assert.ok(s.subtopic_b3_f1 >= 0.87, `subtopic B3 ${s.subtopic_b3_f1}`);
  assert.ok(s.topic_b3_f1 >= 0.92, `topic B3 ${s.topic_b3_f1}`);
});
