/**
 * Recall rules of the quote extractor: turns that end at the next cue, reader-comment dashes, asides and
 * parentheses around speakers, modified sources, evidence phrases after "In", nouns with an owner, quantifier
 * subjects, an opening reduced passive ("Asked whether …,"), content that stops at a trailing relative clause,
 * and the tokenizer's word table. Positive and negative cases; every sentence here is written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAttributions as read, type Seen } from './helpers.js';
import { tokenize } from '../src/extract/quotes/tokens.js';


const FOUND: Array<[string, string, Seen]> = [
  ['a quotation followed by its own cue is a new turn', '“We will win,” she said. “The vote is ours,” she said.',
    { source: 'she', cue: 'said', content: ['“The vote is ours,”'] }],
  ['a dash and a name after a quotation', '“We will not stop until the law is changed.” ― Ana Ruiz',
    { source: 'Ana Ruiz', cue: '―', content: ['“We will not stop until the law is changed.”'] }],
  ['a parenthesis and an appositive before the cue', 'Rep. Ann Lee (D-Md.), chair of the budget panel, said that the deal was fair.',
    { source: 'Rep. Ann Lee (D-Md.), chair of the budget panel', cue: 'said', content: ['that the deal was fair'] }],
  ['a prepositional aside is not the speaker', 'Lee, in Ohio, said Tuesday that the deal was fair.',
    { source: 'Lee', cue: 'said', content: ['that the deal was fair'] }],
  ['a relative clause after an inverted speaker', 'The deal is unfair, said six local farmers who lost their crops.',
    { source: 'six local farmers who lost their crops', cue: 'said', content: ['The deal is unfair'] }],
  ['a lower-case title after an inverted speaker', '“The deal is unfair,” said Ann Lee, executive director of the farmers union.',
    { source: 'Ann Lee, executive director of the farmers union', cue: 'said', content: ['“The deal is unfair,”'] }],
  ['a trailing relative clause is the writer’s', 'The mayor said the council should pass the budget, which passed in May.',
    { source: 'The mayor', cue: 'said', content: ['the council should pass the budget'] }],
  ['an embedded relative clause stays in the content', 'The mayor said the budget, which passed in May, was fair.',
    { source: 'The mayor', cue: 'said', content: ['the budget, which passed in May, was fair'] }],
  ['a one-word answer', 'Most voters said yes, but few agreed.', { source: 'Most voters', cue: 'said', content: ['yes'] }],
  ['a modified source after a leading “according to”', 'According to early results of a poll conducted by Civic Lab, voters want change.',
    { source: 'early results of a poll conducted by Civic Lab', cue: 'According to', content: ['voters want change'] }],
  ['a modified source after a closing “according to”', 'Turnout rose sharply, according to a count by the Civic Lab.',
    { source: 'a count by the Civic Lab', cue: 'according to', content: ['Turnout rose sharply'] }],
  ['a plural possessive in the speaker', 'The Browns’ lawyers say the deal is fair.',
    { source: 'The Browns’ lawyers', cue: 'say', content: ['the deal is fair'] }],
  ['a preposition inside a capitalised name', 'The Board on Public Safety says the road is closed.',
    { source: 'The Board on Public Safety', cue: 'says', content: ['the road is closed'] }],
  ['an evidence phrase after “In”', 'In a new poll by Civic Lab, most voters back the plan.',
    { source: 'a new poll by Civic Lab', cue: 'In', content: ['most voters back the plan'] }],
  ['a noun with an owner and a that-clause', 'Voters heard about the mayor’s claim that taxes fell.',
    { source: 'the mayor’s', cue: 'claim', content: ['that taxes fell'] }],
  ['a noun with an owner stops at the sentence’s verb', 'His refusal to sign the bill was a surprise.',
    { source: 'His', cue: 'refusal', content: ['to sign the bill'] }],
  ['a noun with an owner and a phrase', 'Voters cheered their attacks on the new mayor.',
    { source: 'their', cue: 'attacks on', content: ['the new mayor'] }],
  ['a quantifier as the subject', 'Some say the plan will fail.', { source: 'Some', cue: 'say', content: ['the plan will fail'] }],
  ['auxiliaries are not part of a loose subject', 'Voters across the state might be asking whether the plan works.',
    { source: 'Voters across the state', cue: 'might be asking', content: ['whether the plan works'] }],
  ['a stance phrase', 'The governor took issue with the report.', { source: 'The governor', cue: 'took issue with', content: ['the report'] }],
  ['a vote as a stance', 'The council voted against the new budget.', { source: 'The council', cue: 'voted against', content: ['the new budget'] }],
  ['“as X put it”', 'As the mayor put it, the plan was a mess.', { source: 'the mayor', cue: 'put it', content: ['the plan was a mess'] }],
  ['a coordinated cue with an auxiliary starts its own attribution', 'The mayor has praised the plan, and has called for a vote on it.',
    { source: 'The mayor', cue: 'has praised', content: ['the plan'] }],
  ['a participle after a connective finds the subject', 'However, she kept her distance, calling the plan “a fine start.”',
    { source: 'she', cue: 'calling', content: ['the plan “a fine start.”'] }],
  ['a relative clause set off by commas ends at its comma', 'The governor, who thinks the plan is a power grab, called the law unfair.',
    { source: 'who', cue: 'thinks', content: ['the plan is a power grab'] }],
  ['a noun phrase with a relative clause before the cue', 'The governor, who thinks the plan is a power grab, called the law unfair.',
    { source: 'The governor, who thinks the plan is a power grab', cue: 'called', content: ['the law unfair'] }],
  ['an opening “Asked” ends at its comma', 'Asked whether the mayor “has the integrity to serve,” most voters said yes.',
    { source: null, cue: 'Asked', content: ['whether the mayor “has the integrity to serve,”'] }],
  ['an opening “Asked about” is a reduced passive', 'Asked about her own vote, Lee said she was undecided.',
    { source: null, cue: 'Asked about', content: ['her own vote'] }],
];

for (const [name, text, want] of FOUND) {
  test(`quote recall: ${name}`, () => {
    const got = read(text);
    assert.ok(got.some((a) => a.cue === want.cue && a.source === want.source && JSON.stringify(a.content) === JSON.stringify(want.content)), JSON.stringify(got));
  });
}

const NOT_FOUND: Array<[string, string, (a: Seen) => boolean]> = [
  ['a dash that opens the writer’s clause', '“We will not stop until the law is changed.” — and then the rain came down hard.', () => true],
  ['“In” with a time, not evidence', 'In the morning, the mayor opened the new bridge.', () => true],
  ['“In” before a clause with its own cue', 'In a new poll, most voters said they back the plan.', (a) => a.cue === 'In'],
  ['a noun without an owner', 'The claim that taxes fell was false.', () => true],
  ['a noun with an owner but no content opener', 'Her plans for the city were ambitious.', () => true],
  ['a quantifier before a plural noun', 'Many reports were wrong about the plan.', () => true],
  ['“asked” inside a sentence keeps its subject', 'The mayor asked about the budget.', (a) => a.source === null],
];

for (const [name, text, bad] of NOT_FOUND) {
  test(`quote recall, not found: ${name}`, () => {
    const got = read(text);
    assert.ok(!got.some(bad), JSON.stringify(got));
  });
}

test('quote tokens: the word table gives the same lower case and cue words as a plain lookup', () => {
  const text = 'SAID Said said. Mr. Lee’s AIDES Told the Café: “Claims” — attacks ÉCOLE according to U.S. officials';
  const toks = tokenize(text);
  for (const t of toks) assert.equal(t.lo, t.t.toLowerCase());
  const cues = toks.filter((t) => t.cue).map((t) => t.t);
  assert.deepEqual(cues, ['SAID', 'Said', 'said', 'Told', ':', 'Claims', '—', 'attacks', 'according']);
});
