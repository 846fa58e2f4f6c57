/**
 * Frames added after a second recall survey on PolNeAR (even half): shares of those polled as speakers, a repeated
 * "she said" after a quotation that a verb of saying already introduced, speakers before an aside, quotations
 * continued into a paragraph with a cue of its own, participles of saying after a noun, progressive and perfect
 * auxiliaries in the cue, transcript turns, objects before an adverbial, and naming participles. Every sentence
 * here is written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAttributions as read, type Seen } from './helpers.js';

const CASES: Array<[string, string, Seen]> = [
  ['a share of those polled', 'Two in five said they would stay home.',
    { source: 'Two in five', cue: 'said', content: ['they would stay home'] }],
  ['a second share after "and" starts its own attribution', 'One in three said taxes were too high and one in four said they were fair.',
    { source: 'one in four', cue: 'said', content: ['they were fair'] }],
  ['an approximate number opens the speaker', 'About 40 percent support the new budget.',
    { source: 'About 40 percent', cue: 'support', content: ['the new budget'] }],
  ['the first verb of saying keeps a mixed quotation', 'Okafor said he chose the topic because “nobody talks about it,” he said.',
    { source: 'Okafor', cue: 'said', content: ['he chose the topic because “nobody talks about it,” he said'] }],
  ['a speaker before a connective and a relative clause', 'Reyes, meanwhile, who has no endorsements yet, said that the count would change.',
    { source: 'Reyes', cue: 'said', content: ['that the count would change'] }],
  ['a speaker before a relative clause ending in a quotation', 'Lund, who calls the mayor a “menace,” said he would not vote for her.',
    { source: 'Lund', cue: 'said', content: ['he would not vote for her'] }],
  ['a speaker before an aside between hyphens', 'Some economists - including two former officials - warn that rates will rise.',
    { source: 'Some economists', cue: 'warn', content: ['that rates will rise'] }],
  ['a base form before "that" after a singular noun', 'But critics of the ban argue that it goes too far.',
    { source: 'critics of the ban', cue: 'argue', content: ['that it goes too far'] }],
  ['a continued quotation with its own cue is a new turn', '“We opened in May,” Diaz said. “The first week was slow.\n“Then the crowds came,” Diaz said.',
    { source: 'Diaz', cue: 'said', content: ['“Then the crowds came,”'] }],
  ['a participle of saying after a noun', 'The office put out a statement saying the bridge would reopen soon.',
    { source: 'The office', cue: 'saying', content: ['the bridge would reopen soon'] }],
  ['voters saying', 'A third of the voters saying they will switch are young.',
    { source: 'A third of the voters', cue: 'saying', content: ['they will switch are young'] }],
  ['a progressive "be" belongs to the cue', 'The governor is saying that the deal is off.',
    { source: 'The governor', cue: 'is saying', content: ['that the deal is off'] }],
  ['"long" between the auxiliary and the verb', 'The senator has long said that the rules are unfair.',
    { source: 'The senator', cue: 'has long said', content: ['that the rules are unfair'] }],
  ['a transcript turn takes its paragraph', 'HOST: Welcome back. Let us start with the vote.\nGUEST: Thank you.',
    { source: 'HOST', cue: ':', content: ['Welcome back. Let us start with the vote'] }],
  ['a transcript turn inside an open quotation mark', '"HOST: Welcome back. Let us start with the vote.\n\n"GUEST: Thanks. Glad to be here.',
    { source: 'GUEST', cue: ':', content: ['Thanks. Glad to be here'] }],
  ['an object before a time adverbial', 'The union endorsed Ms. Park last week.',
    { source: 'The union', cue: 'endorsed', content: ['Ms. Park'] }],
  ['an object before "during"', 'The governor criticized the mayor during a debate on Monday.',
    { source: 'The governor', cue: 'criticized', content: ['the mayor'] }],
  ['a that-only verb inverted after a quotation', '“The record speaks for itself,” stated Ana Ruiz, a historian.',
    { source: 'Ana Ruiz, a historian', cue: 'stated', content: ['“The record speaks for itself,”'] }],
  ['an indefinite subject before "called" is a speaker', 'A dozen voters called Ms. Park a liar.',
    { source: 'A dozen voters', cue: 'called', content: ['Ms. Park a liar'] }],
  ['a closing "according to" takes the clause with its verb', 'The witness said the order was “to avoid delay,” according to the report.',
    { source: 'the report', cue: 'according to', content: ['The witness said the order was “to avoid delay,”'] }],
  ['a repeated "she said" leads into the next quotation', 'Okafor said he chose the topic because “nobody talks about it,” he said. “We had to.”',
    { source: 'he', cue: 'said', content: ['“We had to.”'] }],
  ['a one-word quotation after "and said,"', 'The mayor shook her head and said, “No.”',
    { source: 'The mayor', cue: 'said', content: ['“No.”'] }],
  ['the platform belongs to the cue', '“We will miss him,” a friend wrote on Facebook.',
    { source: 'a friend', cue: 'wrote on Facebook', content: ['“We will miss him,”'] }],
  ['"responded to"', 'The campaign did not respond to a request for comment.',
    { source: 'The campaign', cue: 'did not respond to', content: ['a request for comment'] }],
  ['an inverted speaker with a participle phrase', '“It was a mess,” said a source close to the campaign.',
    { source: 'a source close to the campaign', cue: 'said', content: ['“It was a mess,”'] }],
  ['"say" after a connective between commas', 'Proponents of the new bill, however, say it would keep the safeguards.',
    { source: 'Proponents of the new bill', cue: 'say', content: ['it would keep the safeguards'] }],
  ['a share with a figure between commas', 'A third of independents, 33%, say they feel that way.',
    { source: 'A third of independents', cue: 'say', content: ['they feel that way'] }],
];

for (const [name, text, want] of CASES) {
  test(`quote turns: ${name}`, () => {
    const got = read(text);
    assert.ok(got.some((a) => a.cue === want.cue && a.source === want.source && JSON.stringify(a.content) === JSON.stringify(want.content)), JSON.stringify(got));
  });
}

test('quote turns: the repeated "he said" after a mixed quotation is not a second attribution', () => {
  const got = read('Okafor said he chose the topic because “nobody talks about it,” he said.');
  assert.equal(got.length, 1, JSON.stringify(got));
});

test('quote turns: a continued quotation is not taken by the previous turn', () => {
  const got = read('“We opened in May,” Diaz said. “The first week was slow.\n“Then the crowds came,” Diaz said.');
  const first = got.find((a) => a.content[0] === '“We opened in May,”');
  assert.ok(first && !first.content.includes('“Then the crowds came,”'), JSON.stringify(got));
});

const NONE: Array<[string, string]> = [
  ['a naming participle after an indefinite phrase', 'They organized a party called Anti-Prom at an old factory.'],
  ['a naming participle before "the" and a name', 'He joined a movement called the People’s Party.'],
  ['"maintained" without a clause', 'The incumbent maintained a narrow lead all night.'],
  ['"figured out"', 'The senator figured out the schedule.'],
  ['"figures prominently"', 'Trump figures prominently in the new ad.'],
  ['"assumed office"', 'The governor assumed office in January.'],
  ['a base form after an adjective is a noun', 'The crowd took up the caustic chant “Lock her up!” again.'],
  ['a name run before a lower-case word is no headline', 'He joined the Washington Post Magazine staff last year.'],
];

for (const [name, text] of NONE) {
  test(`quote turns: no attribution — ${name}`, () => {
    assert.deepEqual(read(text).filter((a) => a.cue !== null), [], JSON.stringify(read(text)));
  });
}

test('quote turns: a noun cue at the very end of the text has no content', () => {
  assert.ok(!read('He repeated his call for').some((a) => a.cue === 'call for'));
});
