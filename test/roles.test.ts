import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  findDescriptions, findRoles, normaliseOffice, qualifyOffices, whoHeld, type RoleAssertion, type Span,
} from '../src/read/roles/index.js';

/** Person spans by plain string search, longest names first, no overlaps (stands in for the NER). */
function spans(text: string, names: string[]): Span[] {
  const out: Span[] = [];
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index!, end = start + n.length;
      if (!out.some((p) => start < p.end && end > p.start)) out.push({ start, end, text: n });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const roles = (text: string, names: string[]) => findRoles(text, spans(text, names)).map((r) => [r.person.text, r.office, r.rule]);

test('pre-modifiers give the office to the name they stand before', () => {
  const cases: Array<[string, string[], Array<[string, string]>]> = [
    ['Yesterday Brazilian Foreign Minister Ana Costa flew home.', ['Ana Costa'], [['Ana Costa', 'Foreign Minister of Brazil']]],
    ['It was Japan’s Prime Minister Ken Sato who spoke first.', ['Ken Sato'], [['Ken Sato', 'Prime Minister of Japan']]],
    ['We met US President Tom Reed at noon.', ['Tom Reed'], [['Tom Reed', 'President of the United States']]],
    ['Kremlin spokesman Ivan Orlov declined to comment.', ['Ivan Orlov'], [['Ivan Orlov', 'Kremlin spokesman']]],
    ['Talks with Iranian Security Council Secretary Ali Karimi ended.', ['Ali Karimi'], [['Ali Karimi', 'Secretary of the Security Council of Iran']]],
    ['They saw secretary of the Russian Federation Security Council Oleg Belov there.', ['Oleg Belov'], [['Oleg Belov', 'Secretary of the Security Council of Russia']]],
    ['Then North Korean leader Pak Chol arrived.', ['Pak Chol'], [['Pak Chol', 'Leader of North Korea']]],
    ['A visit by German leader Eva Braun followed.', ['Eva Braun'], [['Eva Braun', 'Chancellor of Germany']]],
    ['Russian Deputy Foreign Minister Pavel Zorin called.', ['Pavel Zorin'], [['Pavel Zorin', 'Deputy Foreign Minister of Russia']]],
    ['Attorney General Ruth Dale met him.', ['Ruth Dale'], [['Ruth Dale', 'Attorney General']]],
    ['Treasury Secretary Jon Hale spoke.', ['Jon Hale'], [['Jon Hale', 'Treasury Secretary']]],
    ['Chinese Ambassador to Russia Li Wen attended.', ['Li Wen'], [['Li Wen', 'Ambassador of China to Russia']]],
    ['Chinese Vice Foreign Minister Sun Wei met him.', ['Sun Wei'], [['Sun Wei', 'Vice Foreign Minister of China']]],
    ['Assistant Secretary of State Ann Hale spoke.', ['Ann Hale'], [['Ann Hale', 'Assistant Secretary of State']]],
    ['Under Secretary of State Ann Hale spoke.', ['Ann Hale'], [['Ann Hale', 'Under Secretary of State']]],
    // An unknown word of the same phrase before a title with no country may change the office: no role rather than a wrong one.
    ['Associate Attorney General Ann Hale spoke.', ['Ann Hale'], []],
    ['Yesterday Foreign Minister Ann Hale spoke.', ['Ann Hale'], [['Ann Hale', 'Foreign Minister']]],
    ['Indian External Affairs Minister Ravi Rao met him.', ['Ravi Rao'], [['Ravi Rao', 'Foreign Minister of India']]],
    ['US Ambassador to the United Nations Ann Dale spoke.', ['Ann Dale'], [['Ann Dale', 'Ambassador of the United States to the United Nations']]],
  ];
  for (const [text, names, want] of cases) assert.deepEqual(roles(text, names).map(([p, o]) => [p, o]), want, text);
});

test('a governor or mayor takes the place named before the title', () => {
  const text = 'Lakeland Governor Ann Dale met Port Ellis Mayor Tom Reed.';
  const sp = spans(text, ['Ann Dale', 'Tom Reed']);
  const places = ['Lakeland', 'Port Ellis'].map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, text: p }));
  assert.deepEqual(findRoles(text, sp, places).map((r) => [r.person.text, r.office]), [['Ann Dale', 'Governor of Lakeland'], ['Tom Reed', 'Mayor of Port Ellis']]);
  assert.equal(normaliseOffice('Governor of Lakeland'), 'Governor of Lakeland');
  const short = 'Lakeland Gov. Ann Dale met Lakeland Lt. Gov. Tom Reed and Lakeland Sen. Ed Moss.';
  const sp2 = spans(short, ['Ann Dale', 'Tom Reed', 'Ed Moss']);
  const pl2 = [...short.matchAll(/Lakeland/g)].map((m) => ({ start: m.index!, end: m.index! + 8, text: 'Lakeland' }));
  assert.deepEqual(findRoles(short, sp2, pl2).map((r) => [r.person.text, r.office]),
    [['Ann Dale', 'Governor of Lakeland'], ['Tom Reed', 'Lieutenant Governor of Lakeland'], ['Ed Moss', 'Senator of Lakeland']]);
  // A party-and-state tag after the name gives the state: "Sen. Ted Cruz (R-Texas)", "Rep. Adam Schiff (D-Calif.)".
  const tag = 'Sen. Ann Dale (R-Texas) and Rep. Tom Reed (D-Calif.) spoke; Sen. Ed Moss did not.';
  assert.deepEqual(findRoles(tag, spans(tag, ['Ann Dale', 'Tom Reed', 'Ed Moss'])).map((r) => [r.person.text, r.office]),
    [['Ann Dale', 'Senator of Texas'], ['Tom Reed', 'Representative of California']]);
  // A party before the title is no place.
  assert.equal(normaliseOffice('Republican Sen.'), null);
  assert.equal(normaliseOffice('Republican National Committee Chairman'), 'Chair of the Republican National Committee');
});

test('descriptions such as "top diplomat" are not offices but are reported as descriptions', () => {
  const text = 'India’s top diplomat Ravi Menon arrived on Monday.';
  const people = spans(text, ['Ravi Menon']);
  assert.deepEqual(findRoles(text, people), []);
  const [d] = findDescriptions(text, people);
  assert.equal(d.description, 'top diplomat');
  assert.equal(d.country, 'India');
  assert.equal(d.person?.text, 'Ravi Menon');
});

test('appositions: one or several offices, possessors lend only their country', () => {
  const a = 'Lena Moss, a member of the Political Bureau of the Communist Party of China Central Committee and director of the Office of the Central Commission for Foreign Affairs, said so.';
  assert.deepEqual(roles(a, ['Lena Moss']).map(([, o]) => o), [
    'Member of the Political Bureau of the CPC Central Committee', 'Director of the Office of the Central Commission for Foreign Affairs',
  ]);
  const b = 'He spoke to Ivo Petrov, the head of Hungary’s Security Council and one of Tom Reed’s oldest friends, on Friday.';
  assert.deepEqual(roles(b, ['Ivo Petrov', 'Tom Reed']), [['Ivo Petrov', 'Secretary of the Security Council of Hungary', 'apposition']]);
  const c = 'She met Sam Field, French President Jean Dupont’s national security adviser, in Rome.';
  const rc = roles(c, ['Sam Field', 'Jean Dupont']);
  assert.deepEqual(rc.map(([p, o]) => [p, o]).sort(), [['Jean Dupont', 'President of France'], ['Sam Field', 'National Security Advisor of France']]);
  const d = 'Nobody asked Amy Chen, US President Tom Reed’s national security advisor, about it.';
  assert.deepEqual(roles(d, ['Amy Chen', 'Tom Reed']).map(([p, o]) => [p, o]).sort(), [['Amy Chen', 'US National Security Advisor'], ['Tom Reed', 'President of the United States']]);
  const e = 'The head of Egypt’s foreign ministry, Omar Said, arrived.';
  assert.deepEqual(roles(e, ['Omar Said']), [['Omar Said', 'Foreign Minister of Egypt', 'apposition']]);
});

test('national councils: "head" of a security council is its secretary', () => {
  const text = 'Talks ended with Ivo Petrov, the head of Serbia’s Security Council, in Belgrade.';
  assert.deepEqual(roles(text, ['Ivo Petrov']), [['Ivo Petrov', 'Secretary of the Security Council of Serbia', 'apposition']]);
});

test('copulas', () => {
  assert.deepEqual(roles('Mia Holt is the foreign minister of Norway since May.', ['Mia Holt']), [['Mia Holt', 'Foreign Minister of Norway', 'copula']]);
  assert.deepEqual(roles('Rob Lane, who was Canadian Prime Minister until 2015, retired.', ['Rob Lane']), [['Rob Lane', 'Prime Minister of Canada', 'copula']]);
  assert.deepEqual(roles('Mia Holt was told by the minister to wait.', ['Mia Holt']), []);
});

test('negative cases: unnamed offices are descriptions, not role mentions', () => {
  const text = 'The foreign minister said the talks went well. Later the Mexican Foreign Minister left.';
  assert.deepEqual(findRoles(text, []), []);
  assert.deepEqual(findDescriptions(text, []).map((d) => [d.surface, d.office, d.person]), [
    ['The foreign minister', 'Foreign Minister', null], ['the Mexican Foreign Minister', 'Foreign Minister of Mexico', null],
  ]);
  assert.deepEqual(roles('The minister met Ana Costa, the talks went well.', ['Ana Costa']), []);
  assert.deepEqual(roles('Wang met Ana Costa, the foreign minister said.', ['Ana Costa']), []);
});

test('former, ex- and then- are marked', () => {
  const text = 'Former President Al Gray met ex-Foreign Minister Bo Lin and then-Defense Secretary Cy Ray.';
  const got = findRoles(text, spans(text, ['Al Gray', 'Bo Lin', 'Cy Ray']));
  assert.deepEqual(got.map((r) => [r.person.text, r.former, r.marker]), [['Al Gray', true, 'former'], ['Bo Lin', true, 'former'], ['Cy Ray', true, 'then']]);
  assert.equal(got[0].office, 'President');
  assert.equal(got[0].unqualified, true);
});

test('a bare title takes the country of the same person’s qualified office in the text', () => {
  const text = 'President Lu Wei spoke. Earlier, Vietnamese President Lu Wei had landed.';
  const got = findRoles(text, spans(text, ['Lu Wei']));
  assert.deepEqual(got.map((r) => r.office), ['President of Vietnam', 'President of Vietnam']);
});

test('normalisation: different wordings of one office compare equal', () => {
  const groups: string[][] = [
    ['Russian Security Council Secretary', 'secretary of the Russian Federation Security Council', 'the head of Russia’s Security Council', 'Secretary of the Security Council of Russia', 'Russia\'s Security Council secretary'],
    ['Chinese Foreign Minister', 'China’s foreign minister', 'the foreign minister of China', 'Minister of Foreign Affairs of the People\'s Republic of China', 'Foreign Minister of China'],
    ['US national security adviser', 'U.S. National Security Advisor', 'US National Security Advisor'],
    ['Kremlin spokesman', 'Kremlin spokesperson', 'spokesman for the Kremlin'],
    ['US President', 'American president', 'President of the United States'],
    ['member of the Politburo of the Chinese Communist Party', 'Member of the Political Bureau of the CPC'],
  ];
  for (const g of groups) {
    const canon = g.map((s) => normaliseOffice(s));
    assert.ok(canon[0], g[0]);
    for (let i = 1; i < g.length; i++) assert.equal(canon[i], canon[0], `${g[i]} vs ${g[0]}`);
    assert.equal(normaliseOffice(canon[0]!), canon[0], 'canonical forms are fixed points');
  }
  assert.equal(normaliseOffice('foreign minister', { country: 'China' }), 'Foreign Minister of China');
  assert.equal(normaliseOffice('national security adviser', { country: 'United States' }), 'US National Security Advisor');
  for (const no of ['top diplomat', 'China’s top diplomat', 'spokesman', 'the minister said', 'Chinese leader Xi', 'head of the table']) assert.equal(normaliseOffice(no), null, no);
});

const A = (person: string, office: string, asOf: string | null, article: string, former = false): RoleAssertion => ({ person, office, asOf, article, ...(former ? { former } : {}) });

test('whoHeld: change of hands, precision, bracketing, preference for earlier evidence', () => {
  const FM = 'Foreign Minister of Norway';
  const as = [A('Ann Ode', FM, '2019-05', 'a1'), A('Ann Ode', FM, '2020-11-03', 'a2'), A('Ben Ivy', FM, '2021-06', 'a3'), A('Ben Ivy', FM, '2022', 'a4'), A('Cal Fox', 'President of Norway', '2021-06-10', 'a5')];
  assert.equal(whoHeld(as, FM, '2019-05-20').person, 'Ann Ode'); // covered at month precision
  assert.equal(whoHeld(as, FM, '2020-01-15').person, 'Ann Ode'); // bracketed by Ann's own assertions
  assert.equal(whoHeld(as, FM, '2021-06-02').person, 'Ben Ivy');
  assert.equal(whoHeld(as, FM, '2021-02').person, 'Ann Ode'); // between holders: the earlier sighting is preferred
  assert.equal(whoHeld(as, FM, '2021-05-25').person, 'Ben Ivy'); // … unless the later one is much nearer
  assert.equal(whoHeld(as, FM, '2018').person, 'Ann Ode');
  assert.equal(whoHeld(as, FM, '2030-01-01').person, 'Ben Ivy');
  const r = whoHeld(as, 'Norwegian foreign minister', '2020-11-03');
  assert.equal(r.person, 'Ann Ode', 'the query office is normalised too');
  assert.equal(r.evidence[0].article, 'a2');
  assert.deepEqual(r.candidates.map((c) => c.person).sort(), ['Ann Ode', 'Ben Ivy']);
  assert.equal(whoHeld(as, 'Prime Minister of Norway', '2021').person, null);
  assert.equal(whoHeld([A('Ann Ode', FM, null, 'x')], FM, '2021').person, null);
});

test('whoHeld: a later "former" ends a holder’s term', () => {
  const O = 'Leader of North Korea';
  const as = [A('Dan Roe', O, '2010', 'b1'), A('Dan Roe', O, '2016-03', 'b2', true)];
  assert.equal(whoHeld(as, O, '2011-01-01').person, 'Dan Roe');
  assert.equal(whoHeld(as, O, '2017-01-01').person, null);
});

test('qualifyOffices: a bare title borrows the one qualified office of the same person elsewhere', () => {
  const as = [A('Lu Wei', 'President', '2024', 'c1'), A('Lu', 'President of Vietnam', '2023', 'c2'), A('Jo Kim', 'President', '2024', 'c3')];
  assert.deepEqual(qualifyOffices(as).map((a) => a.office), ['President of Vietnam', 'President of Vietnam', 'President']);
});

const SEEDS = join(process.cwd(), '..', 'shared', 'seeds');

test('seed articles: every gold role is found in its articles; who-held questions answered', { skip: !existsSync(join(SEEDS, 'gold.json')) && 'no ../shared/seeds' }, () => {
  const gold = JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8'));
  const canon = new Map<string, string>();
  for (const [name, e] of Object.entries<{ aliases: string[] }>(gold.entities.person)) {
    canon.set(name, name);
    for (const a of e.aliases) if (/^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*$/u.test(a)) canon.set(a, name); // name-like aliases only
  }
  const assertions: RoleAssertion[] = [];
  for (const file of readdirSync(SEEDS).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const pub = gold.documents[file]?.published;
    const asOf: string | null = pub?.value ?? pub?.inferred ?? null;
    for (const r of findRoles(text, spans(text, [...canon.keys()]))) {
      assertions.push({ person: canon.get(r.person.text)!, office: r.office, asOf, article: file.slice(0, 3), ...(r.former ? { former: true } : {}) });
    }
  }
  const all = qualifyOffices(assertions);
  const missing: string[] = [];
  for (const g of gold.roles as Array<{ person: string; role: string; docs: string[] }>) {
    for (const doc of g.docs) if (!all.some((a) => a.person === g.person && a.office === g.role && a.article === doc)) missing.push(`${g.person} / ${g.role} / ${doc}`);
  }
  assert.deepEqual(missing, []);
  for (const q of gold.time_questions as Array<{ office: string; on: string; answer: string }>) assert.equal(whoHeld(all, q.office, q.on).person, q.answer, `${q.office} on ${q.on}`);
});
