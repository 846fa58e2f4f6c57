/**
 * Publication dates on written texts: a date printed on its own line is stated; the inference answers only what the
 * evidence pins down, and says unknown (with the bound it has) when a text only tells of the past.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestArticle } from '../src/ingest/article.js';
import { readStage } from '../src/read/stage.js';
import { inferPublished } from '../src/read/dates/index.js';
import { agrees, evalPublished } from '../src/eval/published.js';
import { sharedDir } from './helpers.js';

const published = (text: string) => {
  const doc = ingestArticle({ source: 't.txt', format: 'text', text });
  readStage.run(doc);
  return doc.meta.published;
};

test('a date on a line of its own or in a byline under the headline is the stated publication date', () => {
  const body = 'The harbour board approved the new ferry timetable on Tuesday after a year of complaints from commuters.';
  for (const line of ['Friday, July 21, 2017', '21 July 2017', 'Published: July 21, 2017 10:32 GMT', '2017-07-21']) {
    const p = published(`Harbour board approves ferry timetable\n\n${line}\n\n${body}`);
    assert.deepEqual([p.value, p.precision, p.source, p.inferred ?? false], ['2017-07-21', 'day', 'date line', false], line);
  }
  for (const line of ['By Ann Lee | July 21, 2017', 'Posted on July 21, 2017 by admin', '21 Jul 2017 · 4 min read', 'July 21, 2017 at 10:32 am', '2017-07-21T10:32Z']) {
    assert.equal(published(`Harbour board approves ferry timetable\n\n${line}\n\n${body}`).value, '2017-07-21', line);
  }
  // A sentence with a date is no date line, whatever its short words.
  assert.equal(published(`Harbour board approves ferry timetable\n\nIn July 21, 2017 it was hot\n\n${body}`).source === 'date line', false);
  const both = published(`Harbour board approves ferry timetable\n\nUpdated: July 23, 2017\n\nPublished: July 21, 2017\n\n${body}`);
  assert.equal(both.value, '2017-07-21');
  // A date inside a sentence is no date line, and an impossible day is no date.
  assert.equal(published(`Harbour board approves ferry timetable\n\nOn July 21, 2017 the board met.\n\n${body}`).source === 'date line', false);
  assert.equal(published(`Harbour board approves ferry timetable\n\nFebruary 30, 2017\n\n${body}`).source === 'date line', false);
});

test('dates told in the past bound the publication from below only: the year stays unknown, the bound is evidence', () => {
  const p = published('When the governor died in 1998, the president released a statement. In 2012 his son ran for the same office and lost.');
  assert.equal(p.value, null);
  assert.equal(p.inferred, true);
  assert.ok(p.evidence?.some((e) => e.startsWith('not before 2012')), JSON.stringify(p.evidence));
});

test('past and future dates closing on one year give that year', () => {
  const r = inferPublished('In March 2015, the council approved the plan. The vote on the budget is scheduled for November 2015.');
  assert.deepEqual([r.value, r.precision], ['2015', 'year']);
});

test('a written date on the lead weekday dates the article only when it is written near the weekday', () => {
  const near = inferPublished('The minister said on Tuesday that talks would resume. The talks, held in Oslo on March 8, 2016, ended early.');
  assert.deepEqual([near.value, near.precision], ['2016-03-08', 'day']);
  const far = inferPublished('The minister said on Tuesday that talks would resume.\n\nThe first round of talks was held in Oslo on June 25, 2007, and failed.');
  assert.equal(far.value, null);
});

test('"next month" takes the month named for the same thing, not a month named for something else', () => {
  const tied = inferPublished('Leaders will meet at the summit in Kazan next month. The president will attend the summit, scheduled for October 22-24.');
  assert.deepEqual([tied.value, tied.precision], ['XXXX-09', 'month']);
  const same = inferPublished('The court will rule next month, in March, on the appeal.');
  assert.equal(same.value, 'XXXX-02');
  const other = inferPublished('That would set the stage for a contested convention in July. The group took in $4.8 million last month.');
  assert.equal(other.value, null);
});

test('the published scorer checks an answer at its own precision', () => {
  assert.ok(agrees('2016-03-08', '2016-03-08'));
  assert.ok(!agrees('2016-03-07', '2016-03-08'));
  assert.ok(agrees('2016-03', '2016-03-08'));
  assert.ok(agrees('2016', '2016-03-08'));
  assert.ok(agrees('XXXX-03', '2016-03-08'));
  assert.ok(!agrees('2012', '2016-03-08'));
});

test('eval published on the GUM news dev half: Wikinews date lines are read as stated (needs ../shared)', (t) => {
  const dir = sharedDir('data/gum-news');
  if (!dir) return t.skip('../shared/data/gum-news is absent');
  const r = evalPublished(dir);
  assert.equal(r.answered, 1);
  assert.equal(r.stated.answered, r.n);
  assert.equal(r.year_precision, 1);
});
