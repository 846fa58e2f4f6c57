/**
 * Rules added to the quote extractor: the setting of speech inside the cue, content that stops where the writer's
 * own clause begins, further cue verbs, and the tokenizer and sentence bounds the frames rely on.
 * Every sentence here is written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAttributions as read, type Seen } from './helpers.js';
import { tokenize, splitSentences } from '../src/extract/quotes/tokens.js';
import { pairQuotes } from '../src/extract/quotes/marks.js';


const CASES: Array<[string, string, Seen]> = [
  ['the setting belongs to the cue', 'The governor wrote in an op-ed that taxes would fall.',
    { source: 'The governor', cue: 'wrote in an op-ed', content: ['that taxes would fall'] }],
  ['the setting after a quotation', '“We will appeal,” the company said in a statement.',
    { source: 'the company', cue: 'said in a statement', content: ['“We will appeal,”'] }],
  ['a contrastive clause is the writer’s', 'The mayor said the budget was balanced, but the council disagreed.',
    { source: 'The mayor', cue: 'said', content: ['the budget was balanced'] }],
  ['a concession after a dash is the writer’s', 'The coach said the team would win — even though few expected it.',
    { source: 'The coach', cue: 'said', content: ['the team would win'] }],
  ['a raising verb in the past', 'The senator appeared to soften her stance.',
    { source: null, cue: 'appeared', content: ['The senator', 'to soften her stance'] }],
  ['a decision', 'The board decided to delay the vote.', { source: 'The board', cue: 'decided', content: ['to delay the vote'] }],
  ['backing', 'The union backed the new contract.', { source: 'The union', cue: 'backed', content: ['the new contract'] }],
];

for (const [name, text, want] of CASES) {
  test(`quote rules: ${name}`, () => {
    const got = read(text);
    assert.ok(got.some((a) => a.cue === want.cue && a.source === want.source && JSON.stringify(a.content) === JSON.stringify(want.content)), JSON.stringify(got));
  });
}

test('quote rules: a setting needs a speech noun within a few words', () => {
  const got = read('The mayor said in the morning that the road would reopen.');
  assert.deepEqual(got.map((a) => a.cue), ['said']);
});

test('quote rules: a comma before a noun phrase does not end the content', () => {
  const got = read('The minister said the talks, held in Oslo, were useful.');
  assert.deepEqual(got.map((a) => a.content), [['the talks, held in Oslo, were useful']]);
});

test('quote rules: “backs” as a plural noun is not a cue', () => {
  assert.deepEqual(read('The players rested their backs after the match.'), []);
});

test('quote tokens: lower case, abbreviations, sentence bounds', () => {
  const text = 'Mr. Ávila met Sen. Reed in Washington, D.C. on Monday. “It went well.” ÉCOLE said...  Then O’Neil left!';
  const toks = tokenize(text);
  const { ss, se } = splitSentences(toks, pairQuotes(text, toks));
  assert.deepEqual(toks.slice(0, 4).map((t) => [t.t, t.lo, t.cap]), [['Mr.', 'mr.', true], ['Ávila', 'ávila', true], ['met', 'met', false], ['Sen.', 'sen.', true]]);
  assert.ok(toks.some((t) => t.t === 'D.C.' && t.lo === 'd.c.'));
  assert.ok(toks.some((t) => t.t === 'ÉCOLE' && t.lo === 'école'));
  assert.ok(toks.some((t) => t.t === 'O’Neil' && t.lo === 'o’neil'));
  // Four sentences; the quotation is one of them and "D.C." does not end the first.
  assert.deepEqual(ss.map((k, i) => text.slice(toks[k]!.s, toks[se[i]!]!.e)), [
    'Mr. Ávila met Sen. Reed in Washington, D.C. on Monday.', '“It went well.”', 'ÉCOLE said...', 'Then O’Neil left!',
  ]);
  ss.forEach((first, i) => { for (let k = first; k <= se[i]!; k++) assert.equal(toks[k]!.sent, i); });
});

test('quote tokens: empty and whitespace-only text', () => {
  assert.deepEqual(splitSentences(tokenize(''), []), { ss: [], se: [] });
  assert.deepEqual(tokenize(' \n\t '), []);
});
