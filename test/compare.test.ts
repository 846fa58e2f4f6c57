import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Span } from '../src/model/doc.js';
import { findFraming } from '../src/compare/framing.js';
import { eventCoverage, outletOf, showDate } from '../src/compare/coverage.js';
import { briefing } from '../src/compare/brief.js';
import { ingestArticle } from '../src/ingest/article.js';
import { builtinStages } from '../src/pipeline/registry.js';
import { Runner } from '../src/pipeline/stage.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { ingestPaths } from '../src/ingest/batch.js';
import { exportJson } from '../src/query/export.js';
import type { LinkedEvent } from '../src/link/events.js';
import { sharedDir } from './helpers.js';

const prov = { stage: 't', rule: 't' };

/** A bare Doc: the given layers only, so the tests fix exactly what findFraming sees. */
function bare(id: string, text: string, layers: Record<string, Span[]> = {}, outlet: string | null = 'Harbour Herald'): Doc {
  return { id, raw: text, text, offsets: { segments: [] } as unknown as Doc['offsets'],
    meta: { source: `/x/${id}.txt`, format: 'text', url: null, encoding: 'utf-8', title: null, titleSource: null, outlet, outletSource: null, dateline: null,
      published: { value: null, precision: null, source: null } },
    layers: { sentence: [{ start: 0, end: text.length, label: 'sentence', prov }], ...layers }, removed: [] };
}

const ent = (text: string, name: string, label: string): Span => {
  const i = text.indexOf(name);
  return { start: i, end: i + name.length, label, data: { type: label, name }, prov };
};

test('framing: a cue in the outlet’s voice, with its kind, target and outlet', () => {
  const text = 'Minister Ana Lima falsely described the strike as a plot, in an apparent dig at Nordland.';
  const hits = findFraming(bare('a', text, { entity: [ent(text, 'Ana Lima', 'person'), ent(text, 'Nordland', 'place')] }));
  assert.deepEqual(hits.map((h) => [h.text, h.kind, h.target, h.outlet]), [
    ['falsely described', 'contradiction', 'Ana Lima', 'Harbour Herald'],
    ['in an apparent dig at', 'evaluative', 'Nordland', 'Harbour Herald'],
  ]);
  assert.equal(text.slice(hits[0]!.start, hits[0]!.end), 'falsely described');
});

test('framing: a cue inside someone’s quoted words does not count', () => {
  const text = 'Piet Smit said the “so-called reforms are propaganda” and left.';
  const q0 = text.indexOf('“');
  const q1 = text.indexOf('”') + 1;
  const quote: Span = { start: q0, end: q1, label: 'direct', data: { direct: true, content: [{ start: q0, end: q1 }], speaker: { name: 'Piet Smit', type: 'person' } }, prov };
  assert.deepEqual(findFraming(bare('b', text, { quote: [quote] })), []);
  // Without the quote layer the same words are the outlet's own.
  assert.deepEqual(findFraming(bare('b', text)).map((h) => h.kind), ['doubt', 'loaded']);
});

test('framing: neutral reporting verbs are not framing', () => {
  const text = 'Ana Lima said the fleet would sail on Monday, and Piet Smit told reporters he agreed.';
  assert.deepEqual(findFraming(bare('c', text)), []);
});

test('framing: media criticism, and longest match wins', () => {
  const text = 'Coverage of the talks appears to be somewhat distorted, and the baseless claims spread.';
  assert.deepEqual(findFraming(bare('d', text)).map((h) => [h.text, h.kind]), [
    ['appears to be somewhat distorted', 'media-criticism'], ['baseless claims', 'contradiction'],
  ]);
});

test('framing: read through the pipeline, a quoted cue is the speaker’s', () => {
  const runner = new Runner(builtinStages());
  const text = 'Harbour minister Ana Lima met envoy Piet Smit in Bergen on Monday.\n\n“These so-called quotas are propaganda,” Smit said.\n\nLima falsely claimed the quotas were final.\n';
  const doc = runner.run(ingestArticle({ source: 'p.txt', format: 'text', bytes: Buffer.from(text) }));
  assert.deepEqual(findFraming(doc).map((h) => h.text), ['falsely claimed']);
});

test('coverage: a fact matrix by outlet, and outlet names for unnamed outlets', () => {
  const ev = (p: string[], place: string | null, date: string | null): Span => ({ start: 0, end: 1, label: 'event', prov,
    data: { kind: 'meet', participants: p.map((name) => ({ name, type: 'person', role: 'participant' })), place: place ? { name: place } : null,
      date: { start: date, end: date, precision: date ? 'day' : null }, status: 'occurred', evidence: [] } });
  const a = bare('a', 'x', { event: [ev(['Ana Lima', 'Piet Smit'], 'Bergen', '2031-05-05')] }, 'Harbour Herald');
  const b = bare('b', 'y', { event: [ev(['Ana Lima'], null, null)] }, null);
  const le: LinkedEvent = { id: 'ev1', kind: 'meet', participants: ['Ana Lima', 'Piet Smit'], place: 'Bergen', date: { start: '2031-05-05', end: '2031-05-05', precision: 'day' },
    status: 'occurred', reports: [{ article: 'a', event: 0, gives: [] }, { article: 'b', event: 0, gives: [] }] };
  const cov = eventCoverage(new Map([['a', a], ['b', b]]), le);
  assert.equal(outletOf(b), 'unknown outlet (b.txt)');
  assert.deepEqual(cov.outlets, ['Harbour Herald', 'unknown outlet (b.txt)']);
  const row = (f: string): boolean[] => cov.outlets.map((o) => cov.rows.find((r) => r.fact === f)!.byOutlet[o]!);
  assert.deepEqual(row('participant Ana Lima'), [true, true]);
  assert.deepEqual(row('participant Piet Smit'), [true, false]);
  assert.deepEqual(row('date 2031-05-05 (day)'), [true, false]);
  assert.equal(showDate({ start: '2031-WXX-2', end: null, precision: 'day' }), 'a Tuesday in 2031 (day)');
});

const SEEDS = sharedDir('seeds');

test('seeds: framing markers, and the briefing', { skip: SEEDS ? false : 'no ../shared/seeds' }, async () => {
  const store = new SqliteStore(':memory:');
  await ingestPaths([SEEDS!], store);
  const ex = await exportJson(store);
  const docs: Doc[] = [];
  for await (const d of store.allArticles()) docs.push(d);
  const byFile = (n: string): Doc => docs.find((d) => d.meta.source.includes(`${n}_`))!;
  const found = (d: Doc): string[] => findFraming(d).map((h) => h.text.toLowerCase());
  const has = (hits: string[], marker: string): boolean => hits.some((h) => h.includes(marker.toLowerCase()) || marker.toLowerCase().includes(h));
  const cnn = findFraming(byFile('003'));
  for (const m of ['falsely described', 'unprovoked invasion', 'parroted', 'claimed impartiality', 'attempted to present', 'thinly veiled criticism', 'in an apparent dig']) {
    assert.ok(has(cnn.map((h) => h.text.toLowerCase()), m), `003: ${m}`);
  }
  assert.ok(cnn.every((h) => h.outlet === 'CNN'));
  for (const m of ['appears to be somewhat distorted', 'propagate', 'typical narrative of']) assert.ok(has(found(byFile('002')), m), `002: ${m}`);
  assert.deepEqual(found(byFile('001')), []);

  const brief = briefing(ex, docs);
  assert.equal(brief, briefing(ex, [...docs].reverse()), 'deterministic');
  for (const d of docs) assert.ok(brief.includes(outletOf(d)) && brief.includes(d.id), `mentions ${outletOf(d)}`);
  const line = brief.split('\n').find((l) => l.startsWith('- 2024-09-10') && /Wang Yi/.test(l) && /Shoigu/.test(l) && /\bmeet\b/.test(l));
  assert.ok(line, 'the 2024 Wang–Shoigu meeting is on the timeline');
  assert.match(line!, /2 sources/);
  assert.ok(line!.includes(byFile('000').id) && line!.includes(byFile('001').id));
});
