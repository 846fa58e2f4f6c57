import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evalNer } from '../src/eval/ner.js';
import { allFeatures, docInfo } from '../src/read/ner/features.js';
import { loadTagger, recognize, type EntityMention } from '../src/read/ner/index.js';
import { T } from '../src/read/ner/model.js';
import { emissions, sentenceView } from '../src/read/ner/tagger.js';

const find = (ms: EntityMention[], text: string): EntityMention | undefined => ms.find((m) => m.text === text);
const names = (ms: EntityMention[]): string[] => ms.filter((m) => !m.demonymOf).map((m) => `${m.type}:${m.text}`);

test('titles stay outside person names; demonyms are flagged places', () => {
  const ms = recognize('Russian Foreign Minister Sergei Lavrov met Wang Yi in Moscow on Tuesday.');
  assert.equal(find(ms, 'Sergei Lavrov')?.type, 'person');
  assert.equal(find(ms, 'Wang Yi')?.type, 'person');
  assert.equal(find(ms, 'Moscow')?.type, 'place');
  const rus = find(ms, 'Russian');
  assert.equal(rus?.type, 'place');
  assert.equal(rus?.demonymOf, 'Russia');
  assert.ok(!ms.some((m) => /Minister|Foreign/.test(m.text)), JSON.stringify(ms));
});

test('photo credits and all-caps datelines', () => {
  const credit = recognize('Visitors walk along the river bank in Harbin. (Xinhua/Cao Yang)');
  assert.equal(find(credit, 'Xinhua')?.type, 'organization');
  assert.equal(find(credit, 'Cao Yang')?.type, 'person');
  const dateline = recognize('ST. PETERSBURG, Sept. 10 (Xinhua) -- The forum opened on Tuesday.');
  for (const m of dateline) assert.ok(m.text !== 'ST' && m.text !== 'Sept' && m.text !== 'Sept.', JSON.stringify(m));
  assert.equal(find(dateline, 'Xinhua')?.type, 'organization');
});

test('offsets, text and confidence are consistent', () => {
  const text = 'Officials from NATO and the United Nations met in Geneva, where Chinese envoy Liu Hao spoke.';
  const ms = recognize(text);
  assert.ok(ms.length >= 3);
  for (const m of ms) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.confidence >= 0 && m.confidence <= 1);
  }
  assert.equal(find(ms, 'NATO')?.type, 'organization');
  assert.equal(find(ms, 'Geneva')?.type, 'place');
});

test('text without names yields nothing', () => {
  for (const t of ['', 'the weather was mild and the markets were calm.', '12,000 people, 3.5 percent.']) {
    assert.deepEqual(names(recognize(t)), [], t);
  }
});

test('a repeated surname keeps its person reading across the article', () => {
  const ms = recognize('Daniel Okonkwo-Hart was arrested on Monday.\nLawyers for Okonkwo-Hart said he would appeal.');
  assert.equal(ms.filter((m) => m.type === 'person' && m.text.includes('Okonkwo-Hart')).length, 2, JSON.stringify(ms));
});

test('cached inference scores equal the training feature sums', () => {
  const tg = loadTagger();
  const words = ['Lawmakers', 'in', 'Nairobi', 'said', 'Amina', 'Odhiambo', 'of', 'the', 'Red', 'Cross', 'left', '.'];
  const v = sentenceView(words, tg.gaz, tg.model.vocab);
  const em = emissions(tg, v);
  for (let i = 0; i < words.length; i++) {
    const ref = new Float32Array(T);
    for (const f of allFeatures(v, i)) { const w = tg.model.weights.get(f); if (w) for (let t = 0; t < T; t++) ref[t] += w[t]; }
    for (let t = 0; t < T; t++) assert.ok(Math.abs(ref[t] - em[i * T + t]) < 1e-3, `${words[i]} tag ${t}`);
  }
});

test('cached inference with document features equals the training feature sums', () => {
  const tg = loadTagger();
  const words = ['Police', 'said', 'Nkemelu', 'was', 'released', '.'];
  const v = sentenceView(words, tg.gaz, tg.model.vocab);
  v.doc = docInfo([words, ['The', 'police', 'thanked', 'Nkemelu', '.']]);
  const em = emissions(tg, v);
  for (let i = 0; i < words.length; i++) {
    const ref = new Float32Array(T);
    for (const f of allFeatures(v, i)) { const w = tg.model.weights.get(f); if (w) for (let t = 0; t < T; t++) ref[t] += w[t]; }
    for (let t = 0; t < T; t++) assert.ok(Math.abs(ref[t] - em[i * T + t]) < 1e-3, `${words[i]} tag ${t}`);
  }
});

test('national teams in a sports report are organizations; places stay places', () => {
  const text = 'Norway beat Chile 2 – 1 in the group stage of the World Cup on Sunday. Norway scored twice in the first half ' +
    'before the referee awarded a penalty to Chile. The striker and the goalkeeper were booked, and the coach praised the squad. ' +
    'The match was played at the Oslo Stadium in front of fans who had travelled from Chile. Their next matches are in Peru.';
  const ms = recognize(text);
  const at = (needle: string, from = 0): EntityMention | undefined => { const k = text.indexOf(needle, from); return ms.find((m) => m.start === k && !m.demonymOf); };
  assert.equal(at('Norway')?.type, 'organization', JSON.stringify(ms));
  assert.equal(at('Chile')?.type, 'organization');
  assert.equal(at('Chile', text.indexOf('travelled'))?.type, 'place');
  assert.equal(at('Peru')?.type, 'place');
  assert.equal(at('Oslo Stadium')?.type, 'place');
  // the same country names outside a sports report are places
  const plain = recognize('Norway and Chile signed a trade agreement in Santiago on Monday.');
  assert.equal(find(plain, 'Norway')?.type, 'place');
  assert.equal(find(plain, 'Chile')?.type, 'place');
});

test('head nouns type capitalised names; known places nested in them are places too', () => {
  const ms = recognize('Students at the University of Leeds met officials of the Kaduna Water Department on Friday.');
  assert.equal(ms.find((m) => m.text.endsWith('University of Leeds'))?.type, 'organization', JSON.stringify(ms));
  assert.equal(find(ms, 'Leeds')?.type, 'place');
  assert.equal(ms.find((m) => m.text.endsWith('Water Department'))?.type, 'organization');
});

test('two people joined by "and" are two person mentions; a family name alone keeps its person reading', () => {
  const ms = recognize('Chinese leader Xi Jinping met Kenyan envoys. Later, Odinga and Ruto spoke with Xi about trade.');
  assert.ok(!ms.some((m) => m.type === 'person' && / and /.test(m.text)), JSON.stringify(ms));
  assert.equal(ms.filter((m) => m.type === 'person' && m.text === 'Xi').length, 1, JSON.stringify(ms));
});

test('a bare title after a determiner is a person mention', () => {
  const ms = recognize('The report was sent to the Home Secretary, who said the Prime Minister would reply.');
  assert.ok(ms.some((m) => m.type === 'person' && m.text.endsWith('Home Secretary')), JSON.stringify(ms));
});

test('GUM news micro F1 (when ../shared/data/gum-news exists)', (t) => {
  const dir = join(process.cwd(), '..', 'shared', 'data', 'gum-news');
  if (!existsSync(dir)) { t.skip('no ../shared/data/gum-news'); return; }
  const r = evalNer(dir);
  t.diagnostic(JSON.stringify(r));
  assert.ok(r.f1 >= 0.8, `micro F1 ${r.f1}`);
});
