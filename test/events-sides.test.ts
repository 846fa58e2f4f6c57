/**
 * Events over the whole per-article pipeline, on invented text: "the two sides" are the sides of the latest meeting,
 * not of whatever two-party event came last; a capitalised "Meeting" inside a name is a body, not an event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestArticle } from '../src/ingest/article.js';
import { Runner } from '../src/pipeline/stage.js';
import { builtinStages } from '../src/pipeline/registry.js';

interface Ev { trigger: string; kind: string; names: string[] }
function eventsOf(text: string): Ev[] {
  const d = new Runner(builtinStages()).run(ingestArticle({ source: 't.txt', format: 'text', text }));
  return (d.layers['event'] ?? []).map((s) => {
    const data = s.data as { kind: string; participants: Array<{ name: string }> };
    return { trigger: d.text.slice(s.start, s.end), kind: data.kind, names: data.participants.map((p) => p.name).sort() };
  });
}

test('events: "the two sides" are the sides of the latest meeting', () => {
  const evs = eventsOf(
    'OSLO, May 4 -- Norwegian Foreign Minister Ingrid Dahl met Kenyan Foreign Minister Peter Mwangi in Oslo on Tuesday. ' +
      'Mwangi thanked the Nordic Council for its support. The two sides also exchanged views on maritime security.',
  );
  // The views exchanged are the meeting's (merged into it), never talks between Mwangi and the council he thanked.
  assert.ok(!evs.some((e) => e.kind === 'talks' && e.names.includes('Council')), JSON.stringify(evs));
  assert.ok(evs.some((e) => e.kind === 'meet' && e.names.join() === 'Ingrid Dahl,Peter Mwangi'), JSON.stringify(evs));
});

test('events: a capitalised Meeting inside a name is not a meeting; a lower-case one still is', () => {
  const evs = eventsOf(
    'NAIROBI, June 2 -- Officials said the Regional Meeting of Security Advisers on Maritime Affairs will gain a secretariat. ' +
      'Peter Mwangi held a meeting with Ingrid Dahl in Nairobi on Monday.',
  );
  assert.ok(!evs.some((e) => e.trigger === 'Meeting'), JSON.stringify(evs));
  assert.ok(evs.some((e) => e.kind === 'meet' && e.names.join() === 'Ingrid Dahl,Peter Mwangi'), JSON.stringify(evs));
});

test('events: an actor inside an opening phrase closed by a comma is not the subject of the verb after it', () => {
  const evs = eventsOf('NAIROBI, June 2 -- Against the backdrop of the Indian Ocean Commission summit, the Kenyan foreign minister visited Oslo. Peter Mwangi visited Bergen on Monday.');
  assert.ok(!evs.some((e) => e.kind === 'visit' && e.names.includes('Indian Ocean Commission')), JSON.stringify(evs));
  assert.ok(evs.some((e) => e.kind === 'visit' && e.names.join() === 'Peter Mwangi'), JSON.stringify(evs));
});

interface Coded { trigger: string; cameo: string; source: string[]; target: string[] }
function codedOf(text: string): Coded[] {
  const d = new Runner(builtinStages()).run(ingestArticle({ source: 't.txt', format: 'text', text }));
  return (d.layers['event'] ?? []).map((s) => {
    const data = s.data as { cameo: string; participants: Array<{ name: string; role: string }> };
    const by = (r: string): string[] => data.participants.filter((p) => p.role === r).map((p) => p.name);
    return { trigger: d.text.slice(s.start, s.end), cameo: data.cameo, source: by('source'), target: by('target') };
  });
}

test('events: an attack between politicians with no weapon or casualty is criticism (111), an armed one stays force (190)', () => {
  const verbal = codedOf('Senator Ana Reyes attacked Governor Tom Hale over the budget on Monday.');
  assert.deepEqual(verbal.find((e) => e.trigger === 'attacked'), { trigger: 'attacked', cameo: '111', source: ['Ana Reyes'], target: ['Tom Hale'] }, JSON.stringify(verbal));
  const armed = codedOf('Fighters loyal to Omar Bashiri attacked a convoy of Ali Mansur, killing five soldiers.');
  assert.equal(armed.find((e) => e.trigger === 'attacked')?.cameo, '190', JSON.stringify(armed));
});

test('events: "attacks from B" and "further attacks by B" make B the source', () => {
  const from = codedOf('Governor Tom Hale faltered amid attacks from Senator Ana Reyes over the budget.');
  assert.deepEqual(from.map((e) => [e.cameo, e.source, e.target]), [['111', ['Ana Reyes'], ['Tom Hale']]], JSON.stringify(from));
  const by = codedOf('The plan could open Governor Tom Hale up to further attacks by Senator Ana Reyes.');
  assert.deepEqual(by.map((e) => [e.cameo, e.source, e.target]), [['111', ['Ana Reyes'], ['Tom Hale']]], JSON.stringify(by));
});

test('events: a verb form after an article is a noun, a noun form after a modal a verb; an agentless passive has no doer', () => {
  assert.deepEqual(codedOf('Senator Ana Reyes wrote a host of new bills for Governor Tom Hale.').filter((e) => e.trigger === 'host'), []);
  assert.deepEqual(codedOf('Governor Tom Hale said Senator Ana Reyes should deal with the unions.').filter((e) => e.trigger === 'deal'), []);
  const noun = codedOf('Governor Tom Hale condemned an attack by fighters of Omar Bashiri on Ali Mansur, which killed two guards.');
  assert.ok(noun.some((e) => e.trigger === 'attack' && e.cameo === '190' && e.source.join() === 'Omar Bashiri'), JSON.stringify(noun));
  const asked = codedOf('The tycoon told reporters, when asked if he had met Ana Reyes, that he had not.');
  assert.ok(!asked.some((e) => e.trigger === 'asked' && e.source.length), JSON.stringify(asked));
});

test('events: "struck a major deal with B" is no attack', () => {
  const evs = codedOf('Senator Ana Reyes said she had struck a major deal with Governor Tom Hale on the budget.');
  assert.ok(!evs.some((e) => e.trigger === 'struck'), JSON.stringify(evs));
});

test('events: "Fox News host Megyn Kelly" is a title, "Ruto will host Dahl" a visit hosted', () => {
  const title = codedOf('Ana Reyes criticised Harbour News host Tom Hale over the interview.');
  assert.ok(!title.some((e) => e.trigger === 'host'), JSON.stringify(title));
  const hosted = codedOf('President William Ruto will host Norwegian Foreign Minister Ingrid Dahl in Nairobi next week.');
  assert.ok(hosted.some((e) => e.trigger === 'host'), JSON.stringify(hosted));
});
