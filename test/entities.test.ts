import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalise, type Mention } from '../src/read/entities/canon.js';
import { joinQualifiedOrgs, tidyMentions } from '../src/read/entities/qualify.js';

const at = (text: string, s: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, type, text: s };
};

test('tidyMentions: forums are organisations, nested names are marked, country pairs split, names cut from titles', () => {
  const text = 'The G20 met at the Munich Security Conference on Russia-China ties with Security Council Ana Lima.';
  const out = tidyMentions(text, [
    at(text, 'G20', 'place'),
    at(text, 'Munich Security Conference', 'organization'),
    at(text, 'Munich', 'place'),
    at(text, 'Russia-China', 'place'),
    at(text, 'Security Council Ana Lima', 'organization'),
    at(text, 'Ana Lima', 'person'),
  ]);
  const by = (s: string): Mention | undefined => out.find((m) => m.text === s);
  assert.equal(by('G20')?.type, 'organization');
  assert.equal(by('Munich')?.nested, true);
  assert.ok(by('Russia') && by('China'));
  assert.ok(by('Security Council') && by('Ana Lima') && !by('Ana Lima')!.nested);
  const quoted = 'resorts of the “Silver Coast” region';
  const q = tidyMentions(quoted, [{ start: quoted.indexOf('Silver'), end: quoted.indexOf('” region') + 1, type: 'place', text: 'Silver Coast”' }]);
  assert.deepEqual([q[0]!.text, quoted.slice(q[0]!.start, q[0]!.end)], ['Silver Coast', 'Silver Coast']);
});

test('qualified organisations and canonical names within an article', () => {
  const text = 'Russia’s Security Council met. Kari Nordmann spoke. Nordmann left. The Brics and BRICS+ bloc.';
  const ms = joinQualifiedOrgs(text, [at(text, 'Russia', 'place'), at(text, 'Security Council', 'organization'), at(text, 'Kari Nordmann', 'person'), at(text, 'Nordmann', 'person', text.indexOf('Nordmann left')), at(text, 'Brics', 'organization'), at(text, 'BRICS+', 'organization')]);
  // The country stays a mention of its own inside the joined name (tidyMentions marks it nested).
  assert.deepEqual(ms.slice(0, 2).map((m) => [m.text, m.type]), [['Russia', 'place'], ['Russia’s Security Council', 'organization']]);
  const { entities } = canonicalise(ms);
  const names = entities.map((e) => e.name).sort();
  assert.deepEqual(names, ['BRICS', 'Kari Nordmann', 'Russia', 'Russia’s Security Council']);
  assert.deepEqual(entities.find((e) => e.name === 'Kari Nordmann')!.aliases, ['Nordmann']);
});

test('canonicalise: people sharing a surname — "Mrs."/"Mr." pick by gender, a bare surname the one named most', () => {
  const text = 'Hillary Clinton spoke in Iowa. Bill Clinton joined her. Hillary Clinton thanked him. Clinton said the economy was strong. ' +
    'Mrs. Clinton smiled and Mr. Clinton waved.';
  const ms = [at(text, 'Hillary Clinton', 'person'), at(text, 'Bill Clinton', 'person'), at(text, 'Hillary Clinton', 'person', 40),
    at(text, 'Clinton', 'person', 80), at(text, 'Clinton', 'person', text.indexOf('Mrs.')), at(text, 'Clinton', 'person', text.indexOf('Mr. '))];
  const { entities, of } = canonicalise(ms, text);
  assert.deepEqual(of.slice(3).map((k) => entities[k]!.name), ['Hillary Clinton', 'Hillary Clinton', 'Bill Clinton']);
});

test('canonicalise: a name without its middle name or initial is the same person, named in full', () => {
  const text = 'Donald Trump spoke. Donald J. Trump left. Hillary Clinton and Hillary Rodham Clinton met.';
  const ms = [at(text, 'Donald Trump', 'person'), at(text, 'Donald J. Trump', 'person'), at(text, 'Hillary Clinton', 'person'), at(text, 'Hillary Rodham Clinton', 'person')];
  const { entities, of } = canonicalise(ms, text);
  assert.deepEqual(of.map((k) => entities[k]!.name), ['Donald J. Trump', 'Donald J. Trump', 'Hillary Rodham Clinton', 'Hillary Rodham Clinton']);
});
