/**
 * Dates: expressions resolved against the article date, negative cases that must yield nothing, publication-date
 * inference on short texts, and TempEval-3 normalisation when the shared data is present. All sentences are ours.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evalTimex } from '../src/eval/timex.js';
import { findTimes, inferPublished } from '../src/read/dates/index.js';
import type { TimeMention } from '../src/read/dates/index.js';

/** [sentence, anchor, expression, value, precision] */
const CASES: [string, string | null, string, string, TimeMention['precision']][] = [
  ['The two ministers met in Geneva on Saturday.', '2023-02-22', 'Saturday', '2023-02-18', 'day'],
  ['The ministers will meet again on Saturday.', '2023-02-22', 'Saturday', '2023-02-25', 'day'],
  ['The envoy is scheduled to see the president on Friday.', '2023-02-22', 'Friday', '2023-02-24', 'day'],
  ['She said on Monday that the bank would cut rates.', '2023-02-22', 'Monday', '2023-02-20', 'day'],
  ['He is due to brief reporters later in the day.', '2023-02-22', 'later in the day', '2023-02-22', 'day'],
  ['The alliance was founded in 2001 by six states.', '2024-09-10', '2001', '2001', 'year'],
  ['He invited her to visit the capital in the spring of 2023.', '2022-12-30', 'the spring of 2023', '2023-SP', 'season'],
  ['The visit could take place in April or early May.', '2023-02-22', 'April or early May', '2023-04/2023-05', 'range'],
  ['The summit, scheduled for October 22-24, will be chaired by the host.', '2024-09-10', 'October 22-24', '2024-10-22/2024-10-24', 'range'],
  ['The talks opened on Sept. 10, 2024, in the northern city.', '2023-01-01', 'Sept. 10, 2024', '2024-09-10', 'day'],
  ['Leaders will gather for the forum next month.', '2024-09-10', 'next month', '2024-10', 'month'],
  ['Exports have doubled this year.', '2024-09-10', 'this year', '2024', 'year'],
  ['The minister began a four-day tour of the region.', '2024-09-10', 'four-day', 'P4D', 'day'],
  ['The two leaders would meet in the coming months.', '2024-09-10', 'the coming months', 'FUTURE_REF', 'year'],
  ['Relations have soured in recent years.', '2024-09-10', 'recent years', 'PAST_REF', 'year'],
  ['The port is currently closed to shipping.', '2024-09-10', 'currently', 'PRESENT_REF', 'day'],
  ['The report was released last week.', '2024-09-10', 'last week', '2024-W36', 'range'],
  ['The plant closed two years ago.', '2024-09-10', 'two years ago', '2022', 'year'],
  ['Rescuers reached the village yesterday.', '2024-09-10', 'yesterday', '2024-09-09', 'day'],
  ['Music of the 1990s filled the hall.', '2024-09-10', 'the 1990s', '199', 'decade'],
  ['Profit rose in the third quarter.', '2024-10-25', 'the third quarter', '2024-Q3', 'range'],
  ['The bill passed in December, lawmakers said.', '2025-01-08', 'December', '2024-12', 'month'],
  ['The dividend is payable Dec. 15 to holders of record.', '2024-10-25', 'Dec. 15', '2024-12-15', 'day'],
  ['In December 2022, the two presidents held a video call.', '2023-02-22', 'December 2022', '2022-12', 'month'],
  ['Profit was $3 million, compared with $2 million a year earlier.', '2024-10-25', 'a year earlier', '2023', 'year'],
  ['The new rules take effect in early 2025.', '2024-09-10', 'early 2025', '2025', 'year'],
  ['Voters go to the polls on Election Day.', '2024-09-10', 'Election Day', '2024-11-05', 'day'],
  ['The ceasefire talks resumed on Tuesday.', null, 'Tuesday', 'XXXX-WXX-2', 'day'],
  ['The summit will be held next month.', null, 'next month', 'XXXX-XX', 'month'],
  ['He was seized at 10 p.m. Wednesday, police said.', '1998-02-13', '10 p.m. Wednesday', '1998-02-11T22:00', 'time'],
  ['The match was postponed until 15:00 GMT Saturday.', '2013-03-22', '15:00 GMT Saturday', '2013-03-23T15:00', 'time'],
  ['The ferry leaves at 6 a.m. tomorrow.', '2024-09-10', '6 a.m. tomorrow', '2024-09-11T06:00', 'time'],
  ['The polls close at 8 p.m. on Friday.', null, '8 p.m. on Friday', 'XXXX-WXX-5T20:00', 'time'],
  ['The summit meets on April 24 and 25 in Washington.', '2024-03-01', '25', '2024-04-25', 'day'],
  ['Offices close on Dec. 30, 31 and Jan. 2.', '2024-12-01', '31', '2024-12-31', 'day'],
  ['The expedition of 1957-58 crossed the continent.', '2024-03-01', '58', '1958', 'year'],
  ['The season started a month earlier than usual.', '2024-03-01', 'a month', 'P1M', 'month'],
];

test('a number after a date is a listed day only before another item or a function word', () => {
  const got = findTimes('On Sept. 10, 24 people died and 25 were hurt on May 2 and 30 more fled.', '2024-10-01');
  assert.deepEqual(got.map((m) => [m.text, m.value]), [['Sept. 10', '2024-09-10'], ['May 2', '2024-05-02']]);
});

test('a 24-hour clock time without its zone is no time of day ("won 21:14 Saturday" is a score)', () => {
  assert.ok(!findTimes('The hosts won 21:14 Saturday in Leeds.', '2024-09-10').some((m) => m.type === 'TIME'));
});

test('expressions resolve against the anchor with the right precision', () => {
  for (const [text, anchor, expr, value, precision] of CASES) {
    const got = findTimes(text, anchor).find((m) => m.text === expr);
    assert.ok(got, `${JSON.stringify(expr)} not found in ${JSON.stringify(text)}: ${JSON.stringify(findTimes(text, anchor))}`);
    assert.equal(got.value, value, `${expr} @ ${anchor}`);
    assert.equal(got.precision, precision, `${expr} precision`);
  }
});

test('mentions carry offsets, rule, anchoring and stated/implied fields', () => {
  const text = 'On Tuesday the council met; on March 3, 2021 it had voted.';
  for (const m of findTimes(text, '2024-09-12')) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.rule.length > 0);
  }
  const [tue, march] = findTimes(text, '2024-09-12');
  assert.equal(tue!.anchored, true);
  assert.deepEqual(tue!.implied, ['year', 'month', 'day']);
  assert.equal(march!.anchored, false);
  assert.deepEqual(march!.stated, ['year', 'month', 'day']);
});

/** Text that must yield no date (names, slogans, numbers that look like dates). */
const NEGATIVE: string[] = [
  'Be the first to read breaking news on Today\'s latest news, and live news updates.',
  '"Stop hyping up the story of Ruritania today, Freedonia tomorrow," the spokesman said.',
  'The two countries celebrate the 75th anniversary of their ties.',
  'Finance ministers of the G20 met in the capital.',
  'The laptop still runs Windows 10 and Office.',
  'Theresa May spoke to reporters.',
  'The company earned $1.11 a share; the stock fell 4 to 15.',
  'The shares rose 3/4 to 12 1/2.',
  'USA Today reported the story first.',
  'Some 2000 troops were deployed.',
  'The quarterly dividend was raised.',
  'The 44-year-old suspect was arrested.',
];

test('negative cases yield nothing', () => {
  for (const text of NEGATIVE) {
    const got = findTimes(text, '2024-09-10').filter((m) => m.type === 'DATE' || m.type === 'TIME');
    assert.deepEqual(got.map((m) => m.text), [], text);
  }
});

test('inferPublished: anniversary window and the lead weekday give the day', () => {
  const r = inferPublished('The envoy on Wednesday met his counterpart in the capital, just days before the first ' +
    'anniversary of Russia\'s full-scale invasion of Ukraine. In December 2022 the leaders had spoken by video.');
  assert.equal(r.value, '2023-02-22');
  assert.equal(r.precision, 'day');
  assert.ok(r.confidence > 0.5 && r.confidence <= 1);
  assert.ok(r.evidence.some((e) => /anniversary/.test(e)));
});

test('inferPublished: numbered annual events give the month or year', () => {
  const debate = inferPublished('Delegates spoke on Tuesday at the 80th General Debate of the United Nations General Assembly.');
  assert.equal(debate.value, '2025-09');
  assert.equal(debate.precision, 'month');
  const summit = inferPublished('Leaders arrived for the 16th BRICS summit, officials said.');
  assert.equal(summit.value, '2024');
  assert.equal(summit.precision, 'year');
});

test('inferPublished: a dated event on the lead weekday gives the day', () => {
  const r = inferPublished('The council met on Monday. On March 4, 2024, it approved the budget after a long debate.');
  assert.equal(r.value, '2024-03-04');
  assert.equal(r.precision, 'day');
});

test('inferPublished: "next month" with a named month gives the month, not a year', () => {
  const r = inferPublished('The leaders will meet at the summit next month, which is scheduled for March 3-5.');
  assert.equal(r.value, 'XXXX-02');
  assert.equal(r.precision, 'month');
  assert.ok(r.confidence < 0.5);
});

test('inferPublished: nothing to go on', () => {
  assert.deepEqual(inferPublished('The committee discussed the proposal at length.'),
    { value: null, precision: null, confidence: 0, evidence: [] });
});

const TEMPEVAL = join(process.cwd(), '..', 'shared', 'data', 'tempeval3');

test('TempEval-3 normalisation beats chrono alone', { skip: !existsSync(TEMPEVAL) && 'no ../shared/data/tempeval3' }, () => {
  const r = evalTimex(TEMPEVAL);
  assert.equal(r.task, 'timex');
  assert.ok(r.value_f1 >= 0.75, `value F1 ${r.value_f1}`);
  assert.ok(r.value_f1 > r.chrono.value_f1 + 0.2, `ours ${r.value_f1} vs chrono ${r.chrono.value_f1}`);
});
