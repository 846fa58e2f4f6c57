/**
 * Frames and boundaries added to the quote extractor after an error survey on PolNeAR: raising verbs before a verb of
 * saying, cue words that are nouns or adjectives in context, asides, opening adverbial clauses, turns that go on after
 * the cue, and the tokenizer cases they rely on. Every sentence here is written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAttributions as read, type Seen } from './helpers.js';
import { tokenize, splitSentences } from '../src/extract/quotes/tokens.js';
import { pairQuotes } from '../src/extract/quotes/marks.js';

const CASES: Array<[string, string, Seen]> = [
  ['a raising verb before a verb of saying is one cue', 'The governor appeared to suggest that the tax would rise.',
    { source: 'The governor', cue: 'appeared to suggest', content: ['that the tax would rise'] }],
  ['a headline in title case', 'Mayor Says City Will Rebuild Bridge',
    { source: 'Mayor', cue: 'Says', content: ['City Will Rebuild Bridge'] }],
  ['"charged that" is speech', 'The company charged that the new rules were unfair.',
    { source: 'The company', cue: 'charged', content: ['that the new rules were unfair'] }],
  ['a that-only verb closing a backward frame', 'The budget will grow next year, the treasurer stated.',
    { source: 'the treasurer', cue: 'stated', content: ['The budget will grow next year'] }],
  ['an opening adverbial clause ends at its comma', 'If the mayor thought the plan would work, the council disagreed.',
    { source: 'the mayor', cue: 'thought', content: ['the plan would work'] }],
  ['a belief verb as an aside', 'The reform, his advisers believe, would pass easily.',
    { source: 'his advisers', cue: 'believe', content: ['The reform', 'would pass easily'] }],
  ['an aside with an adverbial after the cue', 'The difference now, he told me on Friday, is that voters are angry.',
    { source: 'he', cue: 'told', content: ['The difference now', 'is that voters are angry'] }],
  ['a one-word head before an aside', 'Loyalty, she noted, is what the party prizes most.',
    { source: 'she', cue: 'noted', content: ['Loyalty', 'is what the party prizes most'] }],
  ['a quantifier as the subject of an aside', 'That attitude, many argue, cost them the election.',
    { source: 'many', cue: 'argue', content: ['That attitude', 'cost them the election'] }],
  ['the relative pronoun of the content', 'It is a reform which officials said would cost billions.',
    { source: 'officials', cue: 'said', content: ['which', 'would cost billions'] }],
  ['"according to" as an aside between two parts', 'Since May, according to the group, prices have doubled.',
    { source: 'the group', cue: 'according to', content: ['Since May', 'prices have doubled'] }],
  ['a dateline with a double hyphen', 'BOSTON -- Prices will rise next year, the central bank reported.',
    { source: 'the central bank', cue: 'reported', content: ['Prices will rise next year'] }],
  ['a subject with a participle phrase', 'A study released by the agency found that costs rose sharply.',
    { source: 'A study released by the agency', cue: 'found', content: ['that costs rose sharply'] }],
  ['a coordinated subject', 'Friends and former colleagues say he was generous.',
    { source: 'Friends and former colleagues', cue: 'say', content: ['he was generous'] }],
  ['those polled', 'By wide margins, those polled say the economy comes first.',
    { source: 'those polled', cue: 'say', content: ['the economy comes first'] }],
  ['an appositive after a title and name', '“Wages are rising,” the economist Ann Lee, a former adviser to the mayor, wrote.',
    { source: 'the economist Ann Lee, a former adviser to the mayor', cue: 'wrote', content: ['“Wages are rising,”'] }],
  ['a one-word quotation that opens the sentence', '“Never,” she said.', { source: 'she', cue: 'said', content: ['“Never,”'] }],
  ['a one-word quotation after the cue', 'The mayor said, “No.”', { source: 'The mayor', cue: 'said', content: ['“No.”'] }],
  ['the next quotation continues the turn after an aside', '“We will win,” said Ana Ruiz, who noted that turnout was high. “Nobody can stop us now.”',
    { source: 'Ana Ruiz, who noted that turnout was high', cue: 'said', content: ['“We will win,”', '“Nobody can stop us now.”'] }],
  ['a partial quotation, then the next sentence’s quotation', "Prices rose ''because demand was strong,'' Mr. Lee said. ''We expect more of the same.''",
    { source: 'Mr. Lee', cue: 'said', content: ["Prices rose ''because demand was strong,''", "''We expect more of the same.''"] }],
  ['a title inside the cue’s adverbial', '“The deal is dead,” he said on “Meet the Voters.” “We start again tomorrow.”',
    { source: 'he', cue: 'said', content: ['“The deal is dead,”', '“We start again tomorrow.”'] }],
  ['an appositive at the end is the writer’s', 'The senator said the vote would be close, a warning to her own party.',
    { source: 'The senator', cue: 'said', content: ['the vote would be close'] }],
  ['a speaker before an aside between dashes', 'Ms. Ortiz — after a long pause — told me she would run again.',
    { source: 'Ms. Ortiz', cue: 'told', content: ['she would run again'] }],
  ['a comma after party and state', 'Sen. Ann Reed (D-Ore.), said after the hearing that the bill was dead.',
    { source: 'Sen. Ann Reed (D-Ore.)', cue: 'said', content: ['that the bill was dead'] }],
  ['a determiner after the addressee opens the content', 'After the vote, Mr. Cole told reporters the bill was dead.',
    { source: 'Mr. Cole', cue: 'told', content: ['the bill was dead'] }],
  ['"this" opening a clause after the cue is content', 'While talks went on, Mr. Cole told reporters this was the last chance.',
    { source: 'Mr. Cole', cue: 'told', content: ['this was the last chance'] }],
  ['a gerund after "by" shares the clause’s subject', 'The mayor ended the meeting by saying that the budget was balanced.',
    { source: 'The mayor', cue: 'saying', content: ['that the budget was balanced'] }],
  ['a participle inside an opening phrase is no cue', 'In a video posted to her account, the mayor criticized the plan.',
    { source: 'the mayor', cue: 'criticized', content: ['the plan'] }],
  ['a connective between commas is not the speaker', 'The union, for example, has announced that it will strike.',
    { source: 'The union', cue: 'has announced', content: ['that it will strike'] }],
  ['a title with "to" after the speaker’s name', '“Costs will rise,” said Ed Moreno, senior adviser to the budget committee.',
    { source: 'Ed Moreno, senior adviser to the budget committee', cue: 'said', content: ['“Costs will rise,”'] }],
  ["a closing '''", "''I told them, 'Go home,''' said Mr. Ortiz.", { source: 'Mr. Ortiz', cue: 'said', content: ["''I told them, 'Go home,'''"] }],
];

for (const [name, text, want] of CASES) {
  test(`quote frames: ${name}`, () => {
    const got = read(text);
    assert.ok(got.some((a) => a.cue === want.cue && a.source === want.source && JSON.stringify(a.content) === JSON.stringify(want.content)), JSON.stringify(got));
  });
}

const NONE: Array<[string, string]> = [
  ['an idiom with a speech verb', 'It goes without saying that the plan failed.'],
  ['a raising verb before a place', 'The senator appeared on a late-night show.'],
  ['"states" as a noun', 'Twelve battleground states require photo identification.'],
  ['"charged with"', 'The treasurer was charged with fraud last year.'],
  ['"will continue"', 'The talks will continue next week.'],
  ['an editorial label', 'Correction: An earlier version misstated the date of the vote.'],
  ['a participle between a number and a noun', 'She has won 300 pledged delegates so far.'],
  ['"so called"', 'The so called reform plan stalled in the Senate.'],
  ['"helped found"', 'She helped found the group in 2009.'],
  ['"supposed to"', 'The plan was supposed to cut costs.'],
  ['a noun followed by its verb', 'The jobs report was released on Friday.'],
  ['a noun followed by a preposition', 'The Friday attacks in the capital shocked the nation.'],
  ['the base form "find" with an object', 'Refugees find a home in the small town.'],
];

for (const [name, text] of NONE) {
  test(`quote frames: no attribution — ${name}`, () => {
    assert.deepEqual(read(text).filter((a) => a.cue !== null), [], JSON.stringify(read(text)));
  });
}

test('quote tokens: a sentence ends after a closing parenthesis', () => {
  const text = 'He left early. (He said he was tired.) Then the vote began.';
  const toks = tokenize(text);
  const { ss, se } = splitSentences(toks, pairQuotes(text, toks));
  assert.deepEqual(ss.map((k, i) => text.slice(toks[k]!.s, toks[se[i]!]!.e)), ['He left early.', '(He said he was tired.)', 'Then the vote began.']);
});

test('quote tokens: a number ends a sentence, "6,000" is one token, a web address is not an abbreviation', () => {
  const text = 'The vote is on June 7. Still, 6,000 people came, according to Example.com. They left.';
  const toks = tokenize(text);
  const { ss, se } = splitSentences(toks, pairQuotes(text, toks));
  assert.deepEqual(ss.map((k, i) => text.slice(toks[k]!.s, toks[se[i]!]!.e)), [
    'The vote is on June 7.', 'Still, 6,000 people came, according to Example.com.', 'They left.',
  ]);
  assert.ok(toks.some((t) => t.t === '6,000'));
});
