import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/read/sentences.js';
import { tokenize } from '../src/read/tokens.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** [input, expected sentences] — written for these tests. */
const CASES: Array<[string, string[]]> = [
  ['The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
  ['Was it over? Nobody knew! Then rain came.', ['Was it over?', 'Nobody knew!', 'Then rain came.']],
  ['A headline\nThe first paragraph starts here', ['A headline', 'The first paragraph starts here']],
  ['Caption without a stop\n\nNext paragraph.', ['Caption without a stop', 'Next paragraph.']],
  ['"We will win." The crowd cheered.', ['"We will win."', 'The crowd cheered.']],
  ['“We will win.” The crowd cheered.', ['“We will win.”', 'The crowd cheered.']],
  ['They flew to the U.S. The trip took a day.', ['They flew to the U.S.', 'The trip took a day.']],
  ['Prices rose 3.5 percent. Markets fell.', ['Prices rose 3.5 percent.', 'Markets fell.']],
  ['It ended... Then it began again.', ['It ended...', 'Then it began again.']],
];

/** Inputs that must stay one sentence. */
const NEGATIVE: string[] = [
  'The summit opens on Sept. 10 in the city.',
  'He landed in St. Petersburg on Monday.',
  'U.S. officials declined to comment.',
  'Mr. Brandt and Dr. Okafor spoke first.',
  'The letter was signed by J. R. Halloway last week.',
  'ST. PETERSBURG, Sept. 10 (Xinhua) -- The forum opened on Tuesday.',
  '“We are ready,” the minister said.',
  '"Are you ready?" she asked the crowd.',
  'The firm, Norland Inc. of Ohio, said no.',
  'Version 2.0 ships in Jan. 2025 worldwide.',
];

test('splits news sentences', () => {
  for (const [input, expected] of CASES) assert.deepEqual(sentences(input), expected, input);
});

test('does not split at abbreviations, initials, quotes or datelines', () => {
  for (const input of NEGATIVE) assert.deepEqual(sentences(input), [input], input);
});

test('spans are trimmed, in bounds and ordered', () => {
  const text = '  One.   Two.  \n\n  Three  ';
  const spans = splitSentences(text);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['One.', 'Two.', 'Three']);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end);
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('\n\n  \n'), []);
});

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

/** [input, expected tokens] */
const TOKENS: Array<[string, string[]]> = [
  ['Kim Jong-un arrived.', ['Kim', 'Jong-un', 'arrived', '.']],
  ['China’s envoy', ['China', '’s', 'envoy']],
  ["China's envoy", ['China', "'s", 'envoy']],
  ["They don't know", ['They', 'do', "n't", 'know']],
  ['the U.S. and St. Petersburg', ['the', 'U.S.', 'and', 'St.', 'Petersburg']],
  ['on Sept. 10, 2023', ['on', 'Sept.', '10', ',', '2023']],
  ['J. R. Halloway', ['J.', 'R.', 'Halloway']],
  ['1,000 people, 3.5% and 22-24 May', ['1,000', 'people', ',', '3.5', '%', 'and', '22-24', 'May']],
  ['war — and peace – again', ['war', '—', 'and', 'peace', '–', 'again']],
  ['“Yes,” he said -- twice...', ['“', 'Yes', ',', '”', 'he', 'said', '--', 'twice', '...']],
  ['(Xinhua/Cao Yang)', ['(', 'Xinhua', '/', 'Cao', 'Yang', ')']],
  ["O'Brien's players'", ["O'Brien", "'s", 'players', "'"]],
  ['Zürich and São Paulo', ['Zürich', 'and', 'São', 'Paulo']],
];

test('tokenizes news text', () => {
  for (const [input, expected] of TOKENS) assert.deepEqual(words(input), expected, input);
});

test('token offsets index the text, also for a sub-range', () => {
  const text = 'Intro. Moscow’s mayor spoke.';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  const sub = tokenize(text, 7, 21);
  assert.deepEqual(sub.map((t) => t.text), ['Moscow', '’s', 'mayor']);
  assert.equal(sub[0].start, 7);
});
