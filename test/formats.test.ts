import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { main } from '../src/cli/main.js';
import { repoPath } from '../src/pipeline/paths.js';
import { fakeIO, scratchDir } from './helpers.js';

/** A small RFC 4180 reader, enough to check what the export writes. */
/** A well-kept RFC 4180 parser, strict about quotes and column counts, so a malformed export fails here. */
const parseCsv = (text: string): string[][] => parse(text, { relax_column_count: false, bom: true }) as string[][];

async function exported(args: string[]): Promise<string> {
  const dir = scratchDir('fmt');
  const db = join(dir, 'p.db');
  await main(['ingest', repoPath('samples'), '--db', db], fakeIO(dir));
  const io = fakeIO(dir);
  assert.equal(await main(['export', ...args, '--db', db], io), 0);
  return io.out();
}

test('CSV exports load in a CSV parser with the documented columns', async () => {
  const want: Record<string, string[]> = {
    events: ['id', 'kind', 'cameo', 'plover', 'status', 'date_start', 'date_end', 'precision', 'participants', 'place', 'articles', 'outlets', 'evidence'],
    quotes: ['article', 'outlet', 'speaker', 'direct', 'cue', 'via', 'stance', 'text'],
    entities: ['id', 'type', 'name', 'aliases', 'articles'],
    offices: ['person', 'office', 'as_of', 'article', 'former'],
  };
  for (const [kind, header] of Object.entries(want)) {
    const rows = parseCsv(await exported(['csv', kind]));
    assert.deepEqual(rows[0], header, kind);
    assert.ok(rows.length > 1, kind);
    for (const r of rows) assert.equal(r.length, header.length, `${kind}: ${r.join('|')}`);
  }
});

test('GDELT-style TSV, GraphML and JSON-LD load', async () => {
  const tsv = (await exported(['gdelt'])).trim().split('\n').map((l) => l.split('\t'));
  assert.equal(tsv[0]![0], 'GLOBALEVENTID');
  for (const r of tsv) assert.equal(r.length, tsv[0]!.length);
  const graph = new DOMParser().parseFromString(await exported(['graphml']), 'text/xml') as unknown as Document;
  const nodes = graph.getElementsByTagName('node');
  const edges = Array.from(graph.getElementsByTagName('edge'));
  const ids = new Set(Array.from(nodes).map((n) => n.getAttribute('id')));
  assert.ok(nodes.length > 2 && edges.length > 0);
  for (const e of edges) assert.ok(ids.has(e.getAttribute('source')) && ids.has(e.getAttribute('target')));
  const ld = JSON.parse(await exported(['jsonld'])) as { '@context': string; '@graph': Array<Record<string, unknown>> };
  assert.equal(ld['@context'], 'https://schema.org');
  const known = new Set(ld['@graph'].map((n) => n['@id']));
  const events = ld['@graph'].filter((n) => n['@type'] === 'Event');
  assert.ok(events.length > 0);
  for (const e of events) for (const a of e['attendee'] as Array<{ '@id': string }>) assert.ok(known.has(a['@id']), a['@id']);
  assert.equal(await main(['export', 'csv', 'nope'], fakeIO(tmpdir())), 2);
});
