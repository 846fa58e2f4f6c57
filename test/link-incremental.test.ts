import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../src/model/doc.js';
import { ingestArticle } from '../src/ingest/article.js';
import { builtinStages } from '../src/pipeline/registry.js';
import { Runner } from '../src/pipeline/stage.js';
import { carryDates } from '../src/link/dates.js';
import { EventIndex, linkEvents } from '../src/link/events.js';
import { eventLookup, featuresOf, Linker, CLUSTER_OPTIONS, type Features } from '../src/link/cluster.js';
import { AvgLink } from '../src/link/avglink.js';
import { dotBag, toBags, unitBag, unitBags, Vocab, type Bag } from '../src/link/vectors.js';
import { repoPath } from '../src/pipeline/paths.js';
import { sharedDir } from './helpers.js';

/** The seeds (when ../shared has them) and the plain-text samples, as the store holds them. */
function corpus(): Doc[] {
  const runner = new Runner(builtinStages());
  const dirs = [sharedDir('seeds'), repoPath('samples')].filter((d): d is string => Boolean(d));
  const docs = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => runner.run(ingestArticle({ source: f, format: 'text', bytes: readFileSync(join(dir, f)) }))));
  for (const c of carryDates(docs)) { c.doc.meta.published = c.published; runner.run(c.doc); }
  return docs;
}

/** A partition as a comparable value: each group sorted, the groups sorted. */
const canon = (gs: string[][]): string => JSON.stringify(gs.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!)));

function shuffled<T>(xs: T[], seed: number): T[] {
  let s = seed;
  const rand = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

test('adding articles one at a time, in any order, gives the batch partition (seeds and samples)', () => {
  const docs = corpus();
  const eventOf = eventLookup(linkEvents(docs));
  const feats = docs.map((d) => featuresOf(d, eventOf));
  const batch = Linker.batch(feats).clusters();
  assert.ok(batch.storylines.length < docs.length, 'some articles share a storyline');
  for (const seed of [0, 1, 2, 3, 4]) {
    const l = new Linker();
    for (const f of seed ? shuffled(feats, seed) : feats) l.add(f);
    const inc = l.clusters();
    assert.equal(canon(inc.events), canon(batch.events), `events, order ${seed}`);
    assert.equal(canon(inc.storylines), canon(batch.storylines), `storylines, order ${seed}`);
  }
});

test('event reports: adding articles one at a time, in any order, gives the batch events (seeds and samples)', () => {
  const docs = corpus();
  const groups = (evs: ReturnType<typeof linkEvents>): string => canon(evs.map((e) => e.reports.map((r) => `${r.article}#${r.event}`)));
  const batch = linkEvents(docs);
  assert.ok(batch.some((e) => new Set(e.reports.map((r) => r.article)).size > 1), 'some event is reported by two articles');
  for (const seed of [0, 1, 2, 3, 4]) {
    const x = new EventIndex();
    for (const d of seed ? shuffled(docs, seed) : docs) x.add(d);
    assert.equal(groups(x.events()), groups(batch), `order ${seed}`);
  }
});

test('dated articles far apart in time never share a storyline, even through articles between them', () => {
  const day = (d: string): number => Date.parse(d) / 86_400_000;
  const f = (id: string, d: string): Features => ({ id, terms: new Map([['harbour', 2], ['strike', 2]]), lead: new Map([['strike', 1]]), ents: new Map([['person:ana lima', 1]]), years: new Set(), main: new Set(), day: day(d) });
  const feats = ['2020-01-10', '2020-09-10', '2021-05-10', '2022-01-10', '2022-09-10'].map((d, i) => f(`a${i}`, d));
  for (const l of [Linker.batch(feats), feats.reduce((x, g) => (x.add(g), x), new Linker())]) {
    for (const g of l.clusters().storylines) {
      const days = g.map((id) => feats.find((x) => x.id === id)!.day!);
      assert.ok(Math.max(...days) - Math.min(...days) <= CLUSTER_OPTIONS.storyDays, JSON.stringify(g));
    }
    assert.ok(l.clusters().storylines.some((g) => g.length > 1), 'neighbours in time still join');
  }
});

test('an article already linked is not linked twice', () => {
  const f: Features = { id: 'a', terms: new Map([['harbour', 2]]), lead: new Map(), ents: new Map([['person:ana lima', 1]]), years: new Set(), main: new Set() };
  const l = new Linker();
  l.add(f);
  l.add(f);
  assert.equal(l.size, 1);
  assert.deepEqual(l.clusters().events, [['a']]);
});

test('a hub entity costs no more than a rare one: candidates stay bounded as its articles grow', () => {
  const o = { ...CLUSTER_OPTIONS, postingCap: 8, candidates: 4, relinkUpTo: 0 };
  const l = new Linker(o);
  // Every article names the same person; each storyline also has a rare word of its own.
  for (let i = 0; i < 200; i++) {
    l.add({ id: `a${i}`, terms: new Map([[`topic${i % 50}`, 3], ['common', 1]]), lead: new Map([[`topic${i % 50}`, 1]]), ents: new Map([['person:ana lima', 1]]), years: new Set(), main: new Set() });
  }
  const near = (l as unknown as { near: Int32Array[] }).near;
  assert.ok(near.every((n) => n.length <= o.candidates));
  // The rare word still finds the latest articles on it: the latest four of one topic share a storyline.
  const story = l.clusters().storylines.find((g) => g.includes('a199'))!;
  for (const id of ['a149', 'a99']) assert.ok(story.includes(id), `${id} with a199`);
});

test('average link: settling items one by one ends where no two groups reach the bar, like the batch', () => {
  const edges: Array<[number, number, number]> = [[0, 1, 0.9], [1, 2, 0.8], [0, 2, 0.7], [3, 4, 0.9], [2, 3, 0.05], [4, 5, 0.3]];
  const batch = new AvgLink(0.25);
  for (let i = 0; i < 6; i++) batch.addItem();
  for (const [a, b, s] of edges) batch.addEdge(a, b, s);
  batch.mergeAll();
  const inc = new AvgLink(0.25);
  for (let i = 0; i < 6; i++) {
    inc.addItem();
    for (const [a, b, s] of edges) if (Math.max(a, b) === i) inc.addEdge(a, b, s);
    inc.settle(i);
  }
  const sorted = (a: AvgLink): number[][] => a.groups().map((g) => [...g].sort()).sort((x, y) => x[0]! - y[0]!);
  assert.deepEqual(sorted(batch), [[0, 1, 2], [3, 4], [5]]);
  assert.deepEqual(sorted(inc), sorted(batch));
});

test('candidates: the articles sharing most block keys, then the latest, never the article itself or one too far in time', () => {
  const o = { ...CLUSTER_OPTIONS, candidates: 2, relinkUpTo: 0 };
  const l = new Linker(o);
  const art = (id: string, words: string[], day: number | null = 1000): Features => ({ id, terms: new Map(words.map((w) => [w, 1])), lead: new Map(), ents: new Map(), years: new Set(), main: new Set(), day });
  // Filler so that no key is filed under a tenth of the articles (such a key says nothing).
  for (let i = 0; i < 100; i++) l.add(art(`f${i}`, [`filler${i}`]));
  l.add(art('two', ['quake', 'harbour']));
  l.add(art('one-old', ['quake']));
  l.add(art('one-new', ['harbour']));
  l.add(art('far', ['quake', 'harbour'], 1000 + 2 * o.nearDays));
  l.add(art('me', ['quake', 'harbour']));
  const near = (l as unknown as { near: Int32Array[] }).near[l.size - 1]!;
  const ids = (l as unknown as { entries: Array<{ id: string }> }).entries;
  assert.deepEqual([...near].map((i) => ids[i]!.id), ['two', 'one-new']);
});

test('unit bags: each scaled to unit length, keys weighted zero dropped, ids shared when none is', () => {
  const vocab = new Vocab();
  const [a, b] = toBags([new Map([['x', 3], ['y', 4]]), new Map([['x', 1], ['z', 2], ['w', 2]])], vocab) as [Bag, Bag];
  const [ua, ub] = unitBags([a, b], (k) => (vocab.keys[k] === 'z' ? 0 : 1)) as [Bag, Bag];
  assert.equal(ua.ids, a.ids);
  assert.deepEqual([...ua.w].map((x) => Math.round(x * 100) / 100), [0.6, 0.8]);
  assert.deepEqual([...ub.ids].map((k) => vocab.keys[k]).sort(), ['w', 'x']);
  assert.ok(Math.abs(dotBag(ub, ub) - 1) < 1e-6);
  assert.deepEqual(unitBag(b, (k) => (vocab.keys[k] === 'z' ? 0 : 1)), ub);
});
