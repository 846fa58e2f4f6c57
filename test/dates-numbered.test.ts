/**
 * Dating an undated article by a numbered event with a fixed calendar: the UN General Assembly's general debate.
 * All sentences are ours; the session numbers are chosen to land on different weekdays of 1 September.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fmtDay } from '../src/read/dates/calendar.js';
import { inferPublished } from '../src/read/dates/index.js';
import { generalDebateOpens } from '../src/read/dates/knowledge.js';

test('the general debate opens on the Tuesday of the fourth week of September with a working day', () => {
  // 1 September 2018 a Saturday, 2019 a Sunday, 2020 a Tuesday, 2022 a Thursday, 2023 a Friday, 2025 a Monday.
  const got = [2018, 2019, 2020, 2022, 2023, 2024, 2025].map((y) => fmtDay(generalDebateOpens(y)));
  assert.deepEqual(got, ['2018-09-25', '2019-09-24', '2020-09-22', '2022-09-20', '2023-09-19', '2024-09-24', '2025-09-23']);
});

test('set against the debate, a weekday told in the past is the latest one not after its opening', () => {
  const cases: [string, string][] = [
    ['Against the backdrop of the 80th General Debate of the UN General Assembly, the envoy began a tour of the region on Monday.', '2025-09-22'],
    ['On the sidelines of the 79th General Debate of the United Nations General Assembly, the two ministers met on Thursday.', '2024-09-19'],
    ['In conjunction with the 73rd General Debate of the UN General Assembly, the delegation arrived in Havana on Tuesday.', '2018-09-25'],
  ];
  for (const [text, day] of cases) {
    const r = inferPublished(text);
    assert.equal(r.value, day, text);
    assert.equal(r.precision, 'day');
    assert.ok(r.evidence.some((e) => /opening on/.test(e)), text);
  }
});

test('without the backdrop, or with the weekday still to come, the debate gives the month only', () => {
  assert.equal(inferPublished('Delegates spoke on Tuesday at the 80th General Debate of the United Nations General Assembly.').value, '2025-09');
  assert.equal(inferPublished('Against the backdrop of the 80th General Debate of the UN General Assembly, the envoy will visit Paris on Monday.').value, '2025-09');
});
