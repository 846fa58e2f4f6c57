import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/model/doc.js';
import { carryDates } from '../src/link/dates.js';

function doc(id: string, published: string | null, people: string[], places: string[] = []): Doc {
  const ents = [...people.map((n) => ({ type: 'person', name: n })), ...places.map((n) => ({ type: 'place', name: n }))];
  return {
    id, raw: '', text: '', offsets: { segments: [] },
    meta: { source: `${id}.txt`, format: 'text', url: null, encoding: 'utf-8', title: null, titleSource: null, outlet: null, outletSource: null, dateline: null,
      published: { value: published, precision: published ? 'month' : null, source: published ? 'content' : null } },
    layers: { entity: ents.map((d, i) => ({ start: i, end: i + 1, label: d.type, data: d, prov: { stage: 'test', rule: 'test' } })) },
    removed: [],
  };
}

test('a yearless article takes the year of the most specific dated article on the same people that month', () => {
  const undated = doc('a', 'XXXX-06', ['Ana Lima', 'Piet Smit', 'Jon Moe'], ['Bergen']);
  const broad = doc('b', '2019-06-02', ['Ana Lima', 'Jon Moe'], ['Oslo']);
  const close = doc('c', '2021-06-15', ['Ana Lima', 'Piet Smit'], ['Bergen']);
  const other = doc('d', '2020-01-01', ['Ana Lima', 'Piet Smit', 'Jon Moe'], ['Bergen']);
  const filler = doc('e', '2018-03-03', ['Jon Moe', 'Ana Lima']);
  const [change, ...rest] = carryDates([undated, broad, close, other, filler]);
  assert.equal(rest.length, 0);
  assert.equal(change!.doc.id, 'a');
  assert.deepEqual([change!.published.value, change!.published.precision, change!.published.inferred], ['2021-06', 'month', true]);
  assert.match(change!.published.evidence![0]!, /year 2021 from article c/);
});

test('no year is carried without the article’s own month, or without two shared people', () => {
  assert.deepEqual(carryDates([doc('a', null, ['Ana Lima', 'Piet Smit']), doc('b', '2021-06-15', ['Ana Lima', 'Piet Smit'])]), []);
  assert.deepEqual(carryDates([doc('a', 'XXXX-06', ['Ana Lima', 'Piet Smit']), doc('b', '2021-06-15', ['Ana Lima'])]), []);
  assert.deepEqual(carryDates([doc('a', 'XXXX-06', ['Ana Lima', 'Piet Smit']), doc('b', '2021-07-15', ['Ana Lima', 'Piet Smit'])]), []);
});

test('entities across articles: a surname alone joins the one full name it ends, capitals do not name a place', async () => {
  const { collectEntities } = await import('../src/query/entities.js');
  const a = doc('a', '2025-01-02', ['Ingrid Solberg-Hauge', 'Tom Berg'], ['NAIROBI']);
  const b = doc('b', '2025-01-03', ['Solberg-Hauge', 'Berg', 'Anne Berg'], ['Nairobi']);
  const list = collectEntities([a, b]);
  const ingrid = list.find((e) => e.name === 'Ingrid Solberg-Hauge')!;
  assert.deepEqual(ingrid.articles, ['a', 'b']);
  assert.ok(ingrid.aliases.includes('Solberg-Hauge'));
  // Two people end in "Berg": the bare surname stays apart rather than joining either.
  assert.ok(list.some((e) => e.name === 'Berg'));
  assert.ok(list.some((e) => e.type === 'place' && e.name === 'Nairobi' && e.articles.length === 2));
});
