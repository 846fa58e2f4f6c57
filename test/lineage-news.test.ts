/**
 * Lineage on invented articles, end to end: a later wire story that reuses an earlier story's background paragraphs
 * is not a rewrite of it (its lead event is another), while an undated retelling of the same meeting is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/batch.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { allDocs } from '../src/store/repository.js';
import { scratchDir } from './helpers.js';
import { findLineage } from '../src/link/lineage.js';

const BACKGROUND = `The agreement will fund a satellite monitoring system for the fisheries service and training for port inspectors.

Negotiators have said the text rules out any new fishing rights for foreign trawlers in the coastal waters.

Opposition lawmakers have called the deal a sell-out, a charge the government rejects.`;

const SOURCE = `Ministers agree to finish ferry and fisheries pact

OSLO, March 4 (Northern Wire) -- Norwegian Foreign Minister Ingrid Dahl met Kenyan Foreign Minister Peter Mwangi in Oslo on Tuesday, and the two signed a letter of intent on fisheries and ferry safety.

${BACKGROUND}

The ministry's statement was dated March 4, 2025.`;

const LATER = `Leaders agree by phone to hold summit in Bergen

OSLO, April 14 (Northern Wire) -- Norwegian Prime Minister Harald Lunde spoke with Kenyan President Samuel Otieno by telephone on Monday and agreed to hold a summit in Bergen next month.

${BACKGROUND}`;

const RETOLD = `Norway and Kenya move closer to fisheries deal

Norway's Foreign Minister Ingrid Dahl held talks with Kenyan Foreign Minister Peter Mwangi in Oslo on Tuesday, and the two signed a letter of intent covering fisheries and ferry safety.

${BACKGROUND.replace('will fund', 'is set to fund')}

The deal could bring more than $200 million of investment, analysts say.`;

test('lineage: shared background does not make a later story a rewrite; a retelling of the same meeting is one', async () => {
  const dir = scratchDir('lineage');
  writeFileSync(join(dir, 'source.txt'), SOURCE);
  writeFileSync(join(dir, 'later.txt'), LATER);
  writeFileSync(join(dir, 'retold.txt'), RETOLD);
  const store = new SqliteStore(':memory:');
  await ingestPaths([dir], store);
  const docs = await allDocs(store);
  await store.close();
  const name = new Map(docs.map((d) => [d.id, d.meta.source.split('/').pop()!]));
  const pairs = findLineage(docs).map((l) => `${name.get(l.article)} < ${name.get(l.derived_from)}`).sort();
  assert.deepEqual(pairs, ['retold.txt < source.txt']);
});
