/**
 * Events: CAMEO verb classes that need an object noun, hostile acts by weapon, who counts as a source of the report,
 * coordinated actors, and the trigger scanner against the plain alternation it replaces. Actors are handed in as
 * entity spans (as `eval cameo` does), so each rule is tested without the recogniser. All sentences are written here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Span } from '../src/model/doc.js';
import { extractEvents, type EventMention } from '../src/extract/events/index.js';
import { triggersIn } from '../src/extract/events/lexicon.js';
import verbsJson from '../lexicons/event-verbs.json' with { type: 'json' };

/** A one-sentence Doc whose actors are the given names (each occurrence an entity). */
function docOf(text: string, names: string[]): Doc {
  const entity: Span[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      entity.push({ start: i, end: i + name.length, label: 'actor', data: { type: 'actor', name }, prov: { stage: 'test', rule: 'names' } });
    }
  }
  entity.sort((a, b) => a.start - b.start);
  const meta = { source: 'test', format: 'text', url: null, encoding: 'utf-8', title: null, titleSource: null, outlet: null, outletSource: null, dateline: null, published: { value: null, precision: null, source: null } } as Doc['meta'];
  return { id: 'test', raw: text, text, offsets: undefined as unknown as Doc['offsets'], meta, layers: { sentence: [{ start: 0, end: text.length, label: 'sentence', prov: { stage: 'test', rule: 'whole' } }], entity, time: [] }, removed: [] };
}

const events = (text: string, names: string[]): EventMention[] => extractEvents(docOf(text, names)).filter((e) => e.kind !== 'statement');
const source = (e: EventMention): string[] => e.participants.filter((p) => p.role !== 'target').map((p) => p.name);
const target = (e: EventMention): string[] => e.participants.filter((p) => p.role === 'target').map((p) => p.name);

test('cameo: restoring or establishing ties is 064, with the subject as source and the partner as target', () => {
  for (const text of ['Norland is about to restore full diplomatic ties with Estovia.', 'Norland established relations with Estovia in the spring.']) {
    const [e] = events(text, ['Norland', 'Estovia']);
    assert.equal(e?.cameo, '064', text);
    assert.deepEqual(source(e!), ['Norland']);
    assert.deepEqual(target(e!), ['Estovia']);
  }
});

test('cameo: breaking or severing ties is 161; the verb alone is not', () => {
  assert.equal(events('Norland has severed diplomatic relations with Estovia.', ['Norland', 'Estovia'])[0]?.cameo, '161');
  assert.equal(events('Norland broke off relations with Estovia last year.', ['Norland', 'Estovia'])[0]?.cameo, '161');
  assert.deepEqual(events('Norland restored order after Estovia left.', ['Norland', 'Estovia']).map((e) => e.cameo), []);
  assert.deepEqual(events('Norland will break the record set by Estovia.', ['Norland', 'Estovia']).map((e) => e.cameo), []);
});

test('cameo: artillery is 194, missiles and air strikes 195, firing anything else no attack', () => {
  const [art] = events('Norland fired two artillery shells at Estovia on Thursday.', ['Norland', 'Estovia']);
  assert.equal(art?.cameo, '194');
  assert.deepEqual([source(art!), target(art!)], [['Norland'], ['Estovia']]);
  assert.equal(events('Norland launched missiles at Estovia overnight.', ['Norland', 'Estovia'])[0]?.cameo, '195');
  assert.equal(events('Norland bombed positions held by Estovia.', ['Norland', 'Estovia'])[0]?.cameo, '195');
  assert.deepEqual(events('Norland fired its coach after losing to Estovia.', ['Norland', 'Estovia']).map((e) => e.cameo), []);
  const [strike] = events('Norland’s air strike against Estovia drew protests.', ['Norland', 'Estovia']);
  assert.deepEqual(strike && [strike.cameo, source(strike), target(strike)], ['195', ['Norland'], ['Estovia']]);
});

test('cameo: "an attack by X" names a party, "reported by X" and "according to X" a source', () => {
  const [e] = events('The Norland government condemned an attack by Estovia soldiers near the border.', ['Norland', 'Estovia']);
  assert.equal(e?.cameo, '111');
  assert.deepEqual([source(e!), target(e!)], [['Norland'], ['Estovia']]);
  const [r] = events('Norland condemned the raid on Valmera, as reported by Estovia.', ['Norland', 'Valmera', 'Estovia']);
  assert.deepEqual(r && [source(r), target(r)], [['Norland'], ['Valmera']]);
  const [a] = events('Norland accused Valmera of the raid, according to Estovia.', ['Norland', 'Valmera', 'Estovia']);
  assert.ok(a && !a.participants.some((p) => p.name === 'Estovia'));
});

test('cameo: coordinated subjects with modifiers are all sources; a verb between names does not coordinate them', () => {
  const [e] = events('Norland, the tiny Estovia, and distant Valmera condemned Ostria.', ['Norland', 'Estovia', 'Valmera', 'Ostria']);
  assert.deepEqual(e && source(e), ['Norland', 'Estovia', 'Valmera']);
  const text = 'The envoy of Norland, Karel Vos, congratulated Estovia in a post and thanked Valmera.';
  const t = events(text, ['Norland', 'Karel Vos', 'Estovia', 'Valmera']).find((x) => text.slice(x.trigger.start, x.trigger.end) === 'thanked');
  assert.equal(t && source(t).length, 1, 'one subject, not a list joined across "congratulated"');
});

/** The reference the scanner replaces: one case-insensitive alternation of every form, longest first, per range. */
function reference(text: string, from: number, to: number): Array<[number, number]> {
  const forms = [...new Set((verbsJson.triggers as Array<{ forms: string[] }>).flatMap((t) => t.forms))].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\w-])(?:${forms.map((f) => f.replace(/-/g, '\\-').replace(/ /g, '\\s+')).join('|')})(?![\\w-])`, 'gi');
  return [...text.slice(from, to).matchAll(re)].map((m) => [from + m.index!, from + m.index! + m[0].length]);
}

test('triggersIn finds what the plain alternation finds, at range edges, across line breaks, in any case', () => {
  const text = 'Met  with him; MET\nWITH them, face-to-face met-with, premet, meeting_room, 3meet, held\ttalks and HELD TALKS; sat down\u00a0with X, visited. visitors visit';
  for (let a = 0; a < text.length; a += 3) {
    for (let b = a; b <= text.length; b += 5) assert.deepEqual(triggersIn(text, a, b).map((m) => [m.at, m.end]), reference(text, a, b), JSON.stringify(text.slice(a, b)));
  }
});
