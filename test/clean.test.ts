import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestArticle } from '../src/ingest/article.js';
import { isCaption } from '../src/ingest/clean/captions.js';
import { furnitureReason, loadFurniture } from '../src/ingest/clean/furniture.js';
import { parseDateline } from '../src/ingest/meta/dateline.js';
import { splitOutletSuffix } from '../src/ingest/meta/title.js';
import { toSource } from '../src/model/offsets.js';

const lex = loadFurniture();

test('furniture: lexicon lines are recognised', () => {
  const yes = ['Share this article', 'Spread the love', 'Leave a Reply', 'Leave a Comment', 'Source link', 'ALSO READ:', 'Read more: Why the talks stalled',
    'Sign up for our daily newsletter in your inbox', 'Be the first to know about breaking news', 'Advertisement', 'Follow us on Telegram',
    'more on the subject – Ports reopen – Talks resume', 'Related: Minister visits port', '© 2025 Example Media. All rights reserved.'];
  for (const l of yes) assert.ok(furnitureReason(l, lex), l);
});

test('furniture: body sentences that share words are kept', () => {
  const no = ['Officials said they would share the data with the press.', 'The minister left a reply to the letter on Monday.',
    'Read more about the plan in the ministry statement, she said.', 'Source documents seen by reporters show the talks stalled.',
    'Related talks in Geneva ended without agreement.', 'Subscribers to the service rose by a third.'];
  for (const l of no) assert.equal(furnitureReason(l, lex), null, l);
});

test('captions are recognised by their credit', () => {
  assert.ok(isCaption('The minister meets her counterpart in Nairobi, Kenya, March 11, 2025. (Meridian/Jane Otieno)'));
  assert.ok(isCaption('Delegates arrive at the summit venue. REUTERS/Tom Smith'));
  assert.ok(isCaption('Photo: Ships at anchor outside the port'));
  assert.ok(!isCaption('The two sides (Kenya and Norway) agreed to meet again.'));
  assert.ok(!isCaption('He said the price was 20/30 of last year’s.'));
});

test('datelines: wire, agency and network forms', () => {
  const d = parseDateline('ST. PETERSBURG, Sept. 10 (Xinhua) -- China is willing');
  assert.deepEqual([d?.place, d?.month, d?.day, d?.outlet], ['St. Petersburg', 9, 10, 'Xinhua']);
  assert.deepEqual([parseDateline('WASHINGTON (Reuters) - The U.S. said')?.place, parseDateline('WASHINGTON (Reuters) - The U.S. said')?.outlet], ['Washington', 'Reuters']);
  assert.equal(parseDateline('Hong Kong (CNN) — Officials said')?.place, 'Hong Kong');
  assert.equal(parseDateline('NAIROBI, March 11, 2025 (AP) — Kenya')?.year, 2025);
  assert.equal(parseDateline('China is willing to strengthen ties - officials said'), null);
  assert.equal(parseDateline('During the meeting, Wang said'), null);
  assert.equal(parseDateline('US President Joe Biden made a visit'), null);
});

test('title suffixes name the outlet', () => {
  assert.deepEqual(splitOutletSuffix('Leaders meet in Oslo | CNN'), { title: 'Leaders meet in Oslo', outlet: 'CNN' });
  assert.deepEqual(splitOutletSuffix('Leaders meet in Oslo - Reuters'), { title: 'Leaders meet in Oslo', outlet: 'Reuters' });
  assert.equal(splitOutletSuffix('Ukraine today - and what comes next for the region').outlet, null);
  assert.equal(splitOutletSuffix('Wang in Moscow: Russia and China are pulling together').outlet, null);
});

const ARTICLE = [
  'Ministers Agree to Reopen the Northern Port',
  '',
  'Share this article',
  'The minister greets port workers in Tromsø, Norway, May 2, 2025. (Meridian/Kari Dahl)',
  'TROMSØ, May 2 (Meridian) -- Norway and Kenya agreed on Friday to reopen the northern port to joint fishing fleets, officials said.',
  'New Rules for Fishing Fleets',
  'The agreement sets quotas for the next five years and creates a joint inspection office, the ministry said in a statement.',
  'Related: Port strike ends after three weeks',
  'Related: Port strike ends after three weeks',
  'Critics said the quotas were too generous. ■',
  'The minister greets port workers in Tromsø, Norway, May 2, 2025. (Meridian/Kari Dahl)',
  'Leave a Comment',
].join('\n');

test('a whole article: furniture, repeats, captions, headings, dateline, end mark', () => {
  const doc = ingestArticle({ source: 'port.txt', format: 'text', text: ARTICLE });
  assert.equal(doc.meta.title, 'Ministers Agree to Reopen the Northern Port');
  assert.equal(doc.meta.outlet, 'Meridian');
  assert.deepEqual(doc.meta.dateline, { place: 'Tromsø', date: '2025-05-02', outlet: 'Meridian' });
  assert.deepEqual(doc.meta.published, { value: '2025-05-02', precision: 'day', source: 'dateline' });
  const layer = (n: string): string[] => (doc.layers[n] ?? []).map((s) => doc.text.slice(s.start, s.end));
  assert.deepEqual(layer('heading'), ['New Rules for Fishing Fleets']);
  assert.equal(layer('caption').length, 1);
  assert.equal(doc.text.split('(Meridian/Kari Dahl)').length, 2, 'caption kept once');
  assert.ok(!doc.text.includes('Share this'));
  assert.ok(!doc.text.includes('Related:'));
  assert.ok(!doc.text.includes('■'));
  assert.ok(doc.text.endsWith('Critics said the quotas were too generous.'));
  const reasons = doc.removed.map((r) => r.reason);
  for (const r of ['title', 'share prompt', 'repeated caption', 'comment prompt', 'end-of-story mark']) assert.ok(reasons.includes(r), r);
  // Every clean paragraph maps back to the same characters in the raw text.
  for (const p of doc.layers['paragraph']!) {
    const s = toSource(doc.offsets, p.start);
    assert.equal(doc.raw.slice(s, s + 20), doc.text.slice(p.start, p.start + 20));
  }
});

test('plain sentences are never taken for a title, heading or furniture', () => {
  const doc = ingestArticle({ source: 'p.txt', format: 'text', text: 'The council met on Monday.\nIt approved the budget after a long debate.\nMembers will meet again in June.' });
  assert.equal(doc.meta.title, null);
  assert.equal(doc.removed.length, 0);
  assert.equal((doc.layers['heading'] ?? []).length, 0);
});

test('structured content keeps its repeated lines (a plan printed as paragraphs is not furniture)', () => {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const lines = ['Weekly Training Plan for the Harbour Crews', ''];
  for (const d of days) lines.push(`${d} schedule for the deck crews`, 'Warm-up drill at the north pier', 'Knot practice with the senior rigger', 'Safety briefing in the port office', 'Lunch break in the canteen', 'Rope work and net repair on the quay');
  const doc = ingestArticle({ source: 'plan.txt', format: 'text', text: lines.join('\n') });
  assert.equal(doc.text.split('Knot practice with the senior rigger').length - 1, days.length);
  assert.ok(!doc.removed.some((r) => r.reason.startsWith('repeated')));
});

test('a newsletter pitch phrased any way is furniture; a sentence about a newsletter is not', () => {
  assert.equal(furnitureReason('Get the Harbour Business newsletter every Monday – sign up here.', lex), 'newsletter pitch');
  assert.equal(furnitureReason('The ministry said its newsletter had reached forty thousand readers by March.', lex), null);
});
