import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Span } from '../src/model/doc.js';
import { findLineage } from '../src/link/lineage.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../src/ingest/article.js';
import { builtinStages } from '../src/pipeline/registry.js';
import { Runner } from '../src/pipeline/stage.js';
import { carryDates } from '../src/link/dates.js';
import { sharedDir } from './helpers.js';

/** The seeds as the store holds them: read, extracted, and re-read once a year is carried over. */
function seedDocs(dir: string): Doc[] {
  const runner = new Runner(builtinStages());
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => runner.run(ingestArticle({ source: f, format: 'text', bytes: readFileSync(join(dir, f)) })));
  for (const c of carryDates(docs)) { c.doc.meta.published = c.published; runner.run(c.doc); }
  return docs;
}

function doc(id: string, published: string | null, sentences: string[]): Doc {
  const text = sentences.join(' ');
  let at = 0;
  const sentence: Span[] = sentences.map((s) => { const sp = { start: at, end: at + s.length, label: 'sentence', prov: { stage: 't', rule: 't' } }; at += s.length + 1; return sp; });
  return { id, raw: text, text, offsets: { segments: [] } as unknown as Doc['offsets'],
    meta: { source: `${id}.txt`, format: 'text', url: null, encoding: 'utf-8', title: null, titleSource: null, outlet: null, outletSource: null, dateline: null,
      published: { value: published, precision: published ? 'day' : null, source: published ? 'dateline' : null } },
    layers: { sentence }, removed: [] };
}

const SOURCE = [
  'Harbour minister Ana Lima met fisheries envoy Piet Smit in Bergen on Monday to discuss cod quotas.',
  'Lima said the northern fleet would accept lower cod quotas if harbour fees were frozen for two seasons.',
  'Smit welcomed the proposal and promised a written reply from the fisheries council before the winter.',
  'Both sides agreed to meet again in Tromsø once the council has studied the harbour fee figures.',
];
const REWRITE = [
  'Ana Lima, the harbour minister, held talks with fisheries envoy Piet Smit in Bergen about cod quotas.',
  'According to Lima, the northern fleet could live with lower cod quotas provided harbour fees stay frozen for two seasons.',
  'Smit welcomed the proposal and said the fisheries council would reply in writing before winter.',
  'Critics in the opposition called the deal a surrender of coastal interests to distant lobbyists.',
  'Lima and Smit agreed to meet again in Tromsø after the council studies the harbour fee figures.',
];
const OTHER = [
  'The city orchestra opened its season with a programme of northern folk songs arranged for strings.',
  'Tickets for the concert series sold out within an hour, the orchestra manager said on Friday.',
  'A second series of chamber concerts will follow in the spring at the old cathedral.',
];

test('a rewrite is derived from its source, with the shared sentences and the claim it adds', () => {
  const out = findLineage([doc('src', '2021-06-15', SOURCE), doc('copy', null, REWRITE), doc('other', '2021-06-16', OTHER)]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.article, 'copy');
  assert.equal(out[0]!.derived_from, 'src');
  assert.ok(out[0]!.shared.length >= 3);
  assert.deepEqual(out[0]!.added, [REWRITE[3]]);
});

test('unrelated articles, and articles on one topic in other words, have no lineage', () => {
  assert.deepEqual(findLineage([doc('a', '2021-06-15', SOURCE), doc('b', '2021-06-16', OTHER)]), []);
  const sameTopic = ['Cod quotas again divided the coastal towns this winter.', 'Fishermen in Tromsø protested outside the council offices.', 'No minister attended the meeting with the protesters.'];
  assert.deepEqual(findLineage([doc('a', '2021-06-15', SOURCE), doc('b', '2021-12-01', sameTopic)]), []);
});

test('seeds: 000 is derived from 001 and adds the peace-plan support and the counterbalance claim; nothing else', (t) => {
  const dir = sharedDir('seeds');
  if (!dir) return t.skip('no ../shared/seeds');
  const docs = seedDocs(dir);
  const short = (id: string): string => docs.find((d) => d.id === id)!.meta.source.slice(0, 3);
  const out = findLineage(docs);
  assert.deepEqual(out.map((l) => [short(l.article), short(l.derived_from)]), [['000', '001']]);
  t.diagnostic(JSON.stringify(out[0]));
  assert.ok(out[0]!.added.some((s) => /26 countries/.test(s)));
  assert.ok(out[0]!.added.some((s) => /counterbalance Western influence/.test(s)));
  assert.ok(out[0]!.shared.length >= 3);
});
