import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer, gazetteerBits, GAZ_CLASSES } from '../src/read/ner/gazetteer.js';
import { recognize, loadTagger, type EntityMention } from '../src/read/ner/index.js';
import { T, viterbi } from '../src/read/ner/model.js';
import { decode, decodeRange } from '../src/read/ner/tagger.js';

const names = (ms: EntityMention[]): string[] => ms.filter((m) => !m.demonymOf).map((m) => `${m.type}:${m.text}`);

test('followers of a religion named as a group are person mentions', () => {
  const ms = names(recognize('Critics pointed to the policy toward Muslims and Christians in the region.'));
  assert.ok(ms.includes('person:Muslims') && ms.includes('person:Christians'), JSON.stringify(ms));
});

test('an office "of" something in apposition is a person mention; a bare lower-case one is not', () => {
  const ms = names(recognize('Professor Jane Hill, Director of the Institute of Physics, said the results were strong.'));
  assert.ok(ms.includes('person:Jane Hill') && ms.includes('person:Director'), JSON.stringify(ms));
  assert.ok(!names(recognize('She said the director of the company left.')).some((m) => m.startsWith('person:')));
});

test('an acronym in brackets names the same organisation, there and later', () => {
  const text = 'Members of the National Union of Teachers (NUT) walked out on Monday. The NUT said the strike would go on.';
  const ms = recognize(text);
  const nut = ms.filter((m) => m.text === 'NUT');
  assert.equal(nut.length, 2, JSON.stringify(ms));
  assert.ok(nut.every((m) => m.type === 'organization'));
  // the acronym spells the initials of the words before it, digits included; a dateline's agency does not
  const m5s = recognize('The deputies of Movimento 5 Stelle (M5S) of the region said M5S would win.').filter((m) => m.text === 'M5S');
  assert.deepEqual(m5s.map((m) => m.type), ['organization', 'organization']);
  assert.ok(!recognize('WASHINGTON (AP) — The president spoke.').some((m) => m.text === 'AP' && m.type !== 'organization'));
});

test('"from X, <known place>" makes X a place', () => {
  assert.ok(names(recognize('A 14-year-old boy from Irving, Texas, was arrested on Monday.')).includes('place:Irving'));
});

test('words mixing letters and digits are no people or places; a letter and a number is a group', () => {
  const ms = names(recognize('Users of IE6 complained. Leaders met at the G20 summit in Osaka.'));
  assert.ok(!ms.some((m) => m.includes('IE6') && !m.startsWith('organization:')), JSON.stringify(ms));
  assert.ok(!ms.some((m) => m.endsWith(':G20') && m !== 'organization:G20'), JSON.stringify(ms));
  assert.ok(ms.includes('place:Osaka'));
});

test('a span opening with a lower-case function word is dropped, the name after it is kept', () => {
  const ms = recognize('He met the Co-founder of Google, Sergey Brin, in Paris.');
  assert.ok(!ms.some((m) => /^(of|and|for) /.test(m.text)), JSON.stringify(ms));
});

test('gazetteer bits from the token trie: multi-token entries, capitalisation, titles in any case', () => {
  const g = buildGazetteer();
  const bit = (cls: string, inside = false): number => 1 << (2 * GAZ_CLASSES.indexOf(cls as (typeof GAZ_CLASSES)[number]) + (inside ? 1 : 0));
  const raw = ['He', 'flew', 'to', 'New', 'York', 'with', 'the', 'prime', 'minister', '.'];
  const bits = gazetteerBits(g, raw.map((w) => w.toLowerCase()), raw);
  assert.ok(bits[3] & bit('place') || bits[3] & bit('country'), `New: ${bits[3]}`);
  assert.ok(bits[4] & (bit('place', true) | bit('country', true)), `York: ${bits[4]}`);
  assert.ok(bits[7] & bit('title'), `prime: ${bits[7]}`);
  const lower = ['new', 'york'];
  assert.deepEqual([...gazetteerBits(g, lower, lower)], [0, 0], 'places need a capital');
});

/** Deterministic pseudo-random emissions. */
function randomEm(n: number, seed: number, scale = 6): Float64Array {
  let a = seed;
  const rnd = (): number => { a = (Math.imul(a, 1664525) + 1013904223) >>> 0; return a / 4294967296; };
  return Float64Array.from({ length: n * T }, () => rnd() * scale - scale / 2);
}

test('decode equals the reference Viterbi', () => {
  const c = loadTagger().fast;
  for (let seed = 1; seed <= 20; seed++) {
    const n = 1 + (seed % 9);
    const em = randomEm(n, seed);
    assert.deepEqual([...decode(c, em, n)], [...viterbi(em, n, c.trans, c.start)], `seed ${seed}`);
  }
});

test('decodeRange: a stretch between O tokens decodes as the whole sentence does', () => {
  const c = loadTagger().fast;
  for (let seed = 1; seed <= 20; seed++) {
    const n = 10;
    const a = 1 + (seed % 3);
    const b = 6 + (seed % 4);
    // emissions on the scale of the transitions, the stretch's first and last tokens leaning to one B- tag, so that
    // the transitions at the stretch's edges decide
    const em = randomEm(n, seed, [1, 5, 10, 20][seed % 4]);
    const lean = 1 + 2 * (seed % 3);
    em[a * T + lean] += 2 * (seed % 10);
    em[(b - 1) * T + lean] += 2 * (seed % 10);
    // tokens outside [a, b) overwhelmingly O, so the best whole path has O there
    for (let i = 0; i < n; i++) if (i < a || i >= b) for (let t = 0; t < T; t++) em[i * T + t] = t === 0 ? 1e6 : -1e6;
    const out = new Int8Array(n);
    decodeRange(c, em, a, b, n, out);
    assert.deepEqual([...out], [...decode(c, em, n)], `seed ${seed}`);
  }
});

test('event, award and law names are no names; a place opening one stays a place', () => {
  const ms = recognize('The Taipei City Lantern Festival opened on Saturday. Ozone fell partly due to the Clean Air Act.');
  assert.ok(!ms.some((m) => /(Festival|Act)$/.test(m.text)), JSON.stringify(ms));
  assert.ok(ms.some((m) => m.type === 'place' && m.text.startsWith('Taipei')), JSON.stringify(ms));
});

test('an office followed by the name of its holder is not a person mention of its own', () => {
  const ms = recognize('Minister of Education Stefania Giannini said a new law was needed.');
  assert.ok(!ms.some((m) => m.text === 'Minister'), JSON.stringify(ms));
  assert.ok(ms.some((m) => m.type === 'person' && m.text === 'Stefania Giannini'), JSON.stringify(ms));
});

test('a place opening an organisation name is part of the name and a place mention', () => {
  const text = 'Ahmed Mohamed is a student from Irving, Texas. Both the Irving Independent School District and the Irving Police Department ' +
    'have denied it. President Trump asked the United States National Security Council to help.';
  const ms = recognize(text);
  const at = (needle: string): EntityMention[] => { const k = text.indexOf(needle); return ms.filter((m) => m.start === k); };
  assert.ok(at('Irving Independent').some((m) => m.type === 'place' && m.text === 'Irving'), JSON.stringify(ms));
  assert.ok(at('Irving Police').some((m) => m.type === 'place' && m.text === 'Irving'), JSON.stringify(ms));
  assert.ok(at('Irving Police').some((m) => m.type === 'organization' && m.text === 'Irving Police Department'), JSON.stringify(ms));
  assert.ok(at('United States National').some((m) => m.type === 'place' && m.text === 'United States'), JSON.stringify(ms));
  assert.ok(at('United States National').some((m) => m.type === 'organization' && m.text.endsWith('Security Council')), JSON.stringify(ms));
});

test('names listed together share a type; prefixed words are no names; listed organisations are not places', () => {
  const ms = recognize('The fair was joined by celebrity guests like Stan Lee, Mark Hamill, and Margaret Atwood.');
  assert.equal(ms.find((m) => m.text === 'Stan Lee')?.type, 'person', JSON.stringify(ms));
  const pre = recognize('Relations between Muslim and non-Muslim students improved. Tikal was the largest city in pre-Columbian America.');
  assert.ok(!pre.some((m) => m.text.includes('non-') || m.text.includes('pre-')), JSON.stringify(pre));
  assert.ok(pre.some((m) => m.type === 'place' && m.text === 'America'), JSON.stringify(pre));
  const un = recognize('He was taking his entire family to the U.N. headquarters in New York.');
  assert.equal(un.find((m) => m.text === 'U.N.')?.type, 'organization', JSON.stringify(un));
});

test('the "of" complement of a university ends at the next "of"', () => {
  const ms = recognize('A team from the University of Sheffield of the UK has analysed the effects of warming.');
  assert.ok(ms.some((m) => m.type === 'place' && m.text === 'Sheffield'), JSON.stringify(ms));
});

test('a country\'s "Team" is an organization; party members named as a group are people', () => {
  const ms = recognize('Team Estonia had to rebuild their robot. Senate Democrats blocked the bill, and Republicans and Democrats argued.');
  assert.equal(ms.find((m) => m.text === 'Team Estonia')?.type, 'organization', JSON.stringify(ms));
  assert.equal(ms.find((m) => m.text.endsWith('Senate Democrats'))?.type, 'person', JSON.stringify(ms));
  assert.ok(!ms.some((m) => m.text.includes(' and ')), JSON.stringify(ms));
  assert.equal(ms.filter((m) => m.type === 'person' && /^(Republicans|Democrats)$/.test(m.text)).length, 2, JSON.stringify(ms));
});

test('a title "of" a department runs into its holder\'s name: the name is the person, the department stays', () => {
  const ms = names(recognize('Secretary of State Madeleine Albright urged voters to turn out. CEO of the Harbour Council Enver Solomon said so.'));
  assert.ok(ms.includes('person:Madeleine Albright') && !ms.some((m) => m.includes('State Madeleine')), JSON.stringify(ms));
  assert.ok(ms.includes('person:Enver Solomon'), JSON.stringify(ms));
  assert.ok(names(recognize('Deputy Secretary of State John F. Kerry spoke on Monday.')).includes('person:John F. Kerry'));
  // Not a name: what follows the run is a noun, or the run ends like an organisation.
  const study = names(recognize('Professor Ann Hale, Director of the National Iodine Nutrition study, said so.'));
  assert.ok(!study.some((m) => m.startsWith('person:Iodine')), JSON.stringify(study));
  const corp = names(recognize('The chief executive of Las Vegas Sands Corp, the casino company, spoke.'));
  assert.ok(!corp.includes('person:Sands Corp'), JSON.stringify(corp));
});

test('a name opening with a given name is a person, not a place, unless it ends like a place or a newspaper', () => {
  assert.ok(names(recognize('Some members prefer Ted Cruz to Donald Trump.')).includes('person:Ted Cruz'));
  const ms = recognize('She grew up in Park Ridge, Illinois, and reads the Charlotte Observer.');
  assert.ok(!ms.some((m) => m.type === 'person' && (m.text === 'Park Ridge' || m.text === 'Charlotte Observer')), JSON.stringify(ms));
});

test('a bare head or a religion\'s adjective names nothing alone; the followers do', () => {
  const ms = names(recognize('Trump called for a Muslim ban. Muslims in Ohio protested. The pro-Islamic State accounts were closed.'));
  assert.ok(!ms.some((m) => m.endsWith(':Muslim') || m.endsWith(':State')), JSON.stringify(ms));
  assert.ok(ms.includes('person:Muslims'), JSON.stringify(ms));
  const care = names(recognize('Trump vowed to repeal Obamacare. The Bridgegate scandal hurt Christie.'));
  assert.ok(!care.some((m) => m.endsWith(':Obamacare') || m.endsWith(':Bridgegate')), JSON.stringify(care));
});
