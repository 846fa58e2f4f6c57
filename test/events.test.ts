/**
 * Events: a table per kind and status, negative cases, and the seed articles against gold.json (skipped cleanly
 * when ../shared is absent). All sentences here are written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestArticle } from '../src/ingest/article.js';
import { readStage } from '../src/read/stage.js';
import { extractEvents, type EventMention } from '../src/extract/events/index.js';

function run(text: string, published = '2024-05-08'): EventMention[] {
  const doc = ingestArticle({ source: 'test', format: 'text', text, published });
  readStage.run(doc);
  return extractEvents(doc);
}

interface Want { kind: string; status: string; who: string[]; place?: string | null; date?: string | null }

const POSITIVE: Array<[string, string, Want]> = [
  ['met with', 'Foreign Minister Anna Berg met with President Tomas Reyes in Madrid on Tuesday.', { kind: 'meet', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], place: 'Madrid', date: '2024-05-07' }],
  ['X and Y held talks', 'Anna Berg and Tomas Reyes held talks in Lisbon on Monday.', { kind: 'talks', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], place: 'Lisbon', date: '2024-05-06' }],
  ['scheduled to meet', 'Anna Berg is scheduled to meet Tomas Reyes on Friday.', { kind: 'meet', status: 'planned', who: ['Anna Berg', 'Tomas Reyes'], date: '2024-05-10' }],
  ['expected to meet', 'Tomas Reyes is expected to meet Anna Berg next month.', { kind: 'meet', status: 'planned', who: ['Tomas Reyes', 'Anna Berg'], date: '2024-06' }],
  ['virtual meeting has no place', 'In March 2024, Anna Berg and Tomas Reyes held a virtual meeting.', { kind: 'meet', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], place: null, date: '2024-03' }],
  ['began a trip', 'Anna Berg began a three-day trip to Portugal on Monday.', { kind: 'visit', status: 'occurred', who: ['Anna Berg'], place: 'Portugal', date: '2024-05-06' }],
  ['possessive visit', 'Anna Berg’s visit to Spain came after weeks of planning.', { kind: 'visit', status: 'occurred', who: ['Anna Berg'], place: 'Spain' }],
  ['arrived in', 'Tomas Reyes arrived in Berlin on Sunday.', { kind: 'visit', status: 'occurred', who: ['Tomas Reyes'], place: 'Berlin', date: '2024-05-05' }],
  ['a clock time names its day', 'Tomas Reyes arrived in Berlin at 10 p.m. Sunday.', { kind: 'visit', status: 'occurred', who: ['Tomas Reyes'], place: 'Berlin', date: '2024-05-05' }],
  ['a place that scopes the topic is no venue', 'Anna Berg held talks with Tomas Reyes on security in the Asia-Pacific.', { kind: 'talks', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], place: null }],
  ['an organisation after "at" is the venue', 'Anna Berg signed the accord with Tomas Reyes at the Old Treasury Building on Monday.', { kind: 'agreement', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], date: '2024-05-06' }],
  ['the noun after the verb is its object, not another event', 'Anna Berg signed the accord with Tomas Reyes on Monday.', { kind: 'agreement', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], date: '2024-05-06' }],
  ['met "with" someone past the venue', 'Anna Berg met at the Old Treasury Building with Tomas Reyes on Monday.', { kind: 'meet', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], date: '2024-05-06' }],
  ['a part of a named day', 'Anna Berg met Tomas Reyes in Madrid yesterday morning.', { kind: 'meet', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], place: 'Madrid', date: '2024-05-07' }],
  ['intends to visit', 'Tomas Reyes intends to visit Japan in October.', { kind: 'visit', status: 'planned', who: ['Tomas Reyes'], place: 'Japan', date: '2024-10' }],
  ['told is a statement to', 'Anna Berg told Tomas Reyes that the plan was sound.', { kind: 'statement', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'] }],
  ['signed', 'Anna Berg and Tomas Reyes signed a trade agreement in Rome on Thursday.', { kind: 'agreement', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], place: 'Rome', date: '2024-05-02' }],
  ['phone call', 'Anna Berg held a phone call with Tomas Reyes on Monday.', { kind: 'call', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], place: null }],
  ['denied', 'Anna Berg did not meet Tomas Reyes during the visit.', { kind: 'meet', status: 'denied', who: ['Anna Berg', 'Tomas Reyes'] }],
  ['hypothetical', 'Anna Berg could meet Tomas Reyes if the talks go well.', { kind: 'meet', status: 'hypothetical', who: ['Anna Berg', 'Tomas Reyes'] }],
  ['reported', 'Anna Berg reportedly met Tomas Reyes in Vienna.', { kind: 'meet', status: 'reported', who: ['Anna Berg', 'Tomas Reyes'], place: 'Vienna' }],
  ['the two sides', 'Anna Berg met Tomas Reyes in Oslo on Tuesday. The two sides also discussed trade.', { kind: 'meet', status: 'occurred', who: ['Anna Berg', 'Tomas Reyes'], place: 'Oslo' }],
];

const NEGATIVE: Array<[string, string]> = [
  ['meeting room', 'The meeting room on the third floor was closed for repairs.'],
  ['meets the criteria', 'The new bridge meets the criteria set by the engineers.'],
  ['visit our website', 'Visit our website for more stories like this one.'],
  ['met with suspicion', 'Those plans were met with suspicion by many residents.'],
  ['no actors', 'The summit ended late and the talks went on.'],
];

const has = (es: EventMention[], w: Want): EventMention | undefined =>
  es.find((e) => (e.kind === w.kind || (w.kind === 'meet' && e.kind === 'talks')) && e.participants.length === w.who.length && w.who.every((n) => e.participants.some((p) => p.name.includes(n))) && e.status === w.status);

for (const [name, text, want] of POSITIVE) {
  test(`events: ${name}`, () => {
    const es = run(text);
    const e = has(es, want);
    assert.ok(e, `no ${want.kind}/${want.status} with ${want.who.join(', ')} in ${JSON.stringify(es.map((x) => [x.kind, x.status, x.participants.map((p) => p.name)]))}`);
    if (want.place !== undefined) assert.equal(e.place?.name ?? null, want.place);
    if (want.date !== undefined) assert.equal(e.date.start, want.date);
  });
}

for (const [name, text] of NEGATIVE) {
  test(`events, negative: ${name}`, () => {
    const es = run(text).filter((e) => e.kind !== 'statement');
    assert.deepEqual(es.map((e) => e.kind), []);
  });
}

test('events: a photographer credit is never a participant', () => {
  const es = run('President Tomas Reyes meets with Anna Berg in Lima on May 7, 2024. (Agency/Carla Ruiz)');
  assert.ok(es.length > 0);
  for (const e of es) assert.ok(!e.participants.some((p) => p.name.includes('Carla Ruiz')));
});

// ---- seeds ----------------------------------------------------------------------------------------------------
interface GoldEvent { id: string; core?: boolean; participants: string[]; place: string | null; date: string; status: string; docs: string[] }

const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[’']/g, "'").trim();

/** Gold matching: same participant set, place, date at the gold's precision (a range checks both ends), status. */
export function matchesGold(e: EventMention, g: GoldEvent): boolean {
  const ours = new Set(e.participants.map((p) => norm(p.name)));
  if (ours.size !== g.participants.length || !g.participants.every((n) => ours.has(norm(n)))) return false;
  if (norm(e.place?.name) !== norm(g.place)) return false;
  if (e.status !== g.status) return false;
  const [a, b] = g.date.split('/') as [string, string | undefined];
  if (!e.date.start?.startsWith(a)) return false;
  return b ? Boolean(e.date.end?.startsWith(b)) : true;
}

function seedEvents(dir: string, published: Record<string, string> = {}): Map<string, EventMention[]> {
  const out = new Map<string, EventMention[]>();
  for (const f of readdirSync(dir).filter((x) => /^\d{3}_.*\.txt$/.test(x))) {
    const doc = ingestArticle({ source: f, format: 'text', text: readFileSync(join(dir, f), 'utf8'), published: published[f.slice(0, 3)] ?? null });
    readStage.run(doc);
    out.set(f.slice(0, 3), extractEvents(doc));
  }
  return out;
}

function score(events: Map<string, EventMention[]>, gold: GoldEvent[]): { found: string[]; missed: string[] } {
  const found: string[] = [];
  const missed: string[] = [];
  for (const g of gold) (g.docs.some((d) => (events.get(d) ?? []).some((e) => matchesGold(e, g))) ? found : missed).push(g.id);
  return { found, missed };
}

const SEEDS = resolve(process.cwd(), '../shared/seeds');
const seedsHere = existsSync(join(SEEDS, 'gold.json'));

test('events: seeds E1–E4 exact, and how many of E1–E15 are found', { skip: seedsHere ? false : 'no ../shared/seeds' }, () => {
  const gold = (JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as { events: GoldEvent[] }).events;
  const { found, missed } = score(seedEvents(SEEDS), gold);
  console.log(`events seeds (end to end): ${found.length}/${gold.length} found; missed ${missed.join(', ') || 'none'}`);
  // E2 needs the day of 002 (the read stage infers only 2023-09); see the report. The other core events are exact.
  for (const id of ['E1', 'E3', 'E4']) assert.ok(found.includes(id), `${id} not found`);
  assert.ok(found.length >= 12, `only ${found.length} gold events found`);
});

test('events: seeds with the publication dates a careful reader infers (isolates this stage from dating)', { skip: seedsHere ? false : 'no ../shared/seeds' }, () => {
  const gold = (JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as { events: GoldEvent[] }).events;
  const published = { '000': '2024-09', '002': '2023-09-18', '003': '2023-02-22' };
  const { found, missed } = score(seedEvents(SEEDS, published), gold);
  console.log(`events seeds (gold publication dates): ${found.length}/${gold.length} found; missed ${missed.join(', ') || 'none'}`);
  for (const id of ['E1', 'E2', 'E3', 'E4']) assert.ok(found.includes(id), `${id} not found`);
  assert.ok(found.length >= 14, `only ${found.length} gold events found`);
});

test('events: "signed the accord with X" is one agreement, the noun folded into the verb', () => {
  const es = run('Anna Berg signed the accord with Tomas Reyes on Monday.').filter((e) => e.kind === 'agreement');
  assert.equal(es.length, 1, JSON.stringify(es.map((e) => e.participants.map((p) => p.name))));
  assert.equal(es[0]!.evidence.length, 2);
});
