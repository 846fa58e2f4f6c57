import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../src/read/entities/canon.js';
import { joinQualifiedOrgs, tidyMentions } from '../src/read/entities/qualify.js';
import { entitySpans } from '../src/read/stage.js';

const at = (text: string, s: string, type: Mention['type'], extra: Partial<Mention> = {}, from = 0): Mention => {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length, type, text: s, ...extra };
};
const texts = (ms: Mention[]): string[] => ms.map((m) => `${m.type}:${m.text}`);

test('adjectives of multi-country regions are not place mentions, whatever the tagger called them', () => {
  const text = 'Lisbon and its European partners hosted four Central Asian envoys while Western diplomats watched.';
  const out = tidyMentions(text, [
    at(text, 'Lisbon', 'place'),
    at(text, 'European', 'place', { demonymOf: 'Europe' }),
    at(text, 'Central Asian', 'place'),
    at(text, 'Western', 'person'),
  ]);
  assert.deepEqual(texts(out), ['place:Lisbon']);
});

test('blocs named like places are dropped; region nouns and people named West stay', () => {
  const text = 'Pressure from the West and the Global South grew across Europe and the Asia-Pacific, Dana West said. West left.';
  const out = tidyMentions(text, [
    at(text, 'West', 'place'),
    at(text, 'Global South', 'place'),
    at(text, 'Europe', 'place'),
    at(text, 'Asia-Pacific', 'place'),
    at(text, 'Dana West', 'person'),
    at(text, 'West', 'person', {}, text.indexOf('West left')),
  ]);
  assert.deepEqual(texts(out), ['place:Europe', 'place:Asia-Pacific', 'person:Dana West', 'person:West']);
});

test('a country name cut after North or South is made whole again; a bare name is left alone', () => {
  const text = 'The Oslo-North Korea channel and South Africa’s envoy; Korea was quiet.';
  const out = joinQualifiedOrgs(text, [
    at(text, 'Korea', 'place'),
    at(text, 'Africa', 'place'),
    at(text, 'Korea', 'place', {}, text.indexOf('Korea was')),
  ]);
  assert.deepEqual(out.map((m) => [m.text, text.slice(m.start, m.end)]), [['North Korea', 'North Korea'], ['South Africa', 'South Africa'], ['Korea', 'Korea']]);
});

test('an organisation that swallowed a person named elsewhere gives the name back', () => {
  const text = 'She met the Harbour Authority Board Lina Varga on Monday. Lina Varga said the port would reopen. Tara Ines Holm and Ines Holm.';
  const out = tidyMentions(text, [
    at(text, 'Harbour Authority Board Lina Varga', 'organization'),
    at(text, 'Lina Varga', 'person', {}, text.indexOf('Lina Varga said')),
    // A mistyped place ending in a known name is not cut: the whole is one (mistyped) name.
    at(text, 'Tara Ines Holm', 'place'),
    at(text, 'Ines Holm', 'person', {}, text.indexOf('and Ines') + 4),
  ]);
  assert.deepEqual(texts(out), ['organization:Harbour Authority Board', 'person:Lina Varga', 'person:Lina Varga', 'place:Tara Ines Holm', 'person:Ines Holm']);
  const first = out[1]!;
  assert.equal(text.slice(first.start, first.end), 'Lina Varga');
  assert.ok(first.start < text.indexOf('on Monday'));
});

test('entitySpans: one canonical entity per name, photographer credits marked', () => {
  const text = 'Mira Osei met Varga. (Coast Wire/Jon Pell)\nOsei left.';
  const spans = entitySpans(text, [
    at(text, 'Mira Osei', 'person'),
    at(text, 'Jon Pell', 'person'),
    at(text, 'Osei', 'person', {}, text.indexOf('Osei left')),
  ]);
  const data = spans.map((s) => s.data as { name: string; credit?: boolean });
  assert.deepEqual(data.map((d) => d.name), ['Mira Osei', 'Jon Pell', 'Mira Osei']);
  assert.deepEqual(data.map((d) => !!d.credit), [false, true, false]);
});
