/**
 * Dates carried across linked articles, end to end on invented text: the undated article takes its year from the
 * dated report of the same meeting, then its "on Tuesday" takes that report's day — and only an unambiguous day.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/batch.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { allDocs } from '../src/store/repository.js';
import { scratchDir } from './helpers.js';

const DATED = `Dahl and Mwangi agree on ferry safety pact

OSLO, Sept. 10 (Northern Wire) -- Norwegian Foreign Minister Ingrid Dahl met Kenyan Foreign Minister Peter Mwangi in Oslo on Tuesday, the ministry said in a statement dated Sept. 10, 2024.

Dahl said the two countries would sign a ferry safety pact at the Nairobi forum next month.`;

const UNDATED = `Norway and Kenya move closer

Norwegian Foreign Minister Ingrid Dahl met Kenyan Foreign Minister Peter Mwangi in Oslo on Tuesday to prepare a ferry safety pact.

The pact is to be signed at the Nairobi forum next month, on October 14-15, officials said.`;

async function eventsOf(files: Record<string, string>): Promise<Map<string, Array<{ kind: string; start: string | null; from?: string }>>> {
  const dir = scratchDir('carry');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const store = new SqliteStore(':memory:');
  await ingestPaths([dir], store);
  const out = new Map<string, Array<{ kind: string; start: string | null; from?: string }>>();
  for (const d of await allDocs(store)) {
    out.set(d.meta.source.split('/').pop()!, (d.layers['event'] ?? []).map((s) => {
      const e = s.data as { kind: string; date: { start: string | null; from?: string } };
      return { kind: e.kind, start: e.date.start, ...(e.date.from ? { from: e.date.from } : {}) };
    }));
  }
  await store.close();
  return out;
}

test('an undated report of a meeting takes the dated report\'s day for its weekday', async () => {
  const evs = await eventsOf({ 'dated.txt': DATED, 'undated.txt': UNDATED });
  const meet = evs.get('undated.txt')!.find((e) => e.kind === 'meet');
  assert.ok(meet, JSON.stringify(evs.get('undated.txt')));
  assert.equal(meet.start, '2024-09-10');
  assert.ok(meet.from, 'names the article the day came from');
});

test('a weekday that does not fall on the dated report\'s day stays unplaced', async () => {
  const evs = await eventsOf({ 'dated.txt': DATED, 'undated.txt': UNDATED.replace('on Tuesday', 'on Thursday') });
  const meet = evs.get('undated.txt')!.find((e) => e.kind === 'meet');
  assert.ok(meet, JSON.stringify(evs.get('undated.txt')));
  assert.notEqual(meet.start, '2024-09-10');
  assert.ok(!meet.from);
});
