import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import {
  evalExtraction, pagePrecision, pageRecall, shingleScore, summarise, tokenize,
} from '../src/eval/extraction.js';
import { articleText, extractHtml, type HtmlBlock } from '../src/ingest/html/extract.js';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

// ---------- metric ----------

test('tokenize follows Python\'s Unicode \\w+', () => {
  assert.deepEqual(tokenize('Hello, world — it\'s 2024!'), ['Hello', 'world', 'it', 's', '2024']);
  assert.deepEqual(tokenize('Größe naïve 東京 snake_case ½'), ['Größe', 'naïve', '東京', 'snake_case', '½']);
  // A combining accent is not a word character in Python's re either: it splits the token.
  assert.deepEqual(tokenize('cafe\u0301 ok'), ['cafe', 'ok']);
  assert.deepEqual(tokenize(''), []);
});

test('shingleScore: identical texts, whitespace and punctuation ignored, case kept', () => {
  const s = shingleScore('The cat sat on the mat.', 'The cat\nsat, on the mat');
  assert.deepEqual(s, { tp: 1, fp: 0, fn: 0, exact: true });
  assert.equal(shingleScore('The cat sat on', 'the cat sat on').exact, false);
});

test('shingleScore: hand-computed overlap is normalised per page', () => {
  // gold shingles {abcd, bcde}, predicted {abcd, bcdx}: one of each kind.
  const s = shingleScore('a b c d e', 'a b c d x');
  close(s.tp, 1 / 3);
  close(s.fp, 1 / 3);
  close(s.fn, 1 / 3);
  close(pagePrecision(s)!, 0.5);
  close(pageRecall(s)!, 0.5);
});

test('shingleScore: shingles are a multiset', () => {
  // gold: abcd, bcda, cdab, dabc, abcd; predicted: abcd once.
  const s = shingleScore('a b c d a b c d', 'a b c d');
  close(s.tp, 0.2);
  close(s.fn, 0.8);
  close(s.fp, 0);
});

test('shingleScore: texts shorter than four tokens give one short shingle', () => {
  assert.deepEqual(shingleScore('two words', 'two words'), { tp: 1, fp: 0, fn: 0, exact: true });
  const s = shingleScore('two words', 'two others');
  assert.deepEqual([s.tp, s.fp, s.fn], [0, 0.5, 0.5]);
});

test('empty texts: both empty is perfect, an empty prediction skips precision', () => {
  const both = shingleScore('', '  ... ');
  assert.deepEqual(both, { tp: 0, fp: 0, fn: 0, exact: true });
  assert.equal(pagePrecision(both), 1);
  assert.equal(pageRecall(both), 1);
  const none = shingleScore('some gold text here', '');
  assert.equal(pagePrecision(none), null);
  assert.equal(pageRecall(none), 0);
  const noGold = shingleScore('', 'some predicted text here');
  assert.equal(pagePrecision(noGold), 0);
  assert.equal(pageRecall(noGold), null);
});

test('summarise averages over pages, skips undefined precision, F1 of the averages', () => {
  const r = summarise([
    { id: 'a', ...shingleScore('one two three four five', 'one two three four five') },
    { id: 'b', ...shingleScore('one two three four five', '') },
  ]);
  assert.equal(r.n, 2);
  close(r.precision, 1);
  close(r.recall, 0.5);
  close(r.f1, (2 * 0.5) / 1.5);
  close(r.accuracy, 0.5);
  assert.deepEqual(r.pages.map((p) => p.id), ['a', 'b']);
});

test('evalExtraction reads any *.jsonl folder with gzipped pages', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-extraction-'));
  try {
    const page = '<html><body><p>Alpha beta gamma delta epsilon.</p></body></html>';
    writeFileSync(path.join(dir, 'p1.html.gz'), gzipSync(page));
    writeFileSync(path.join(dir, 'p2.html'), page);
    const rows = [
      { id: 'p1', url: 'https://example.test/1', html_file: 'p1.html.gz', articleBody: 'Alpha beta gamma delta epsilon.' },
      { id: 'p2', url: 'https://example.test/2', html_file: 'p2.html', articleBody: 'Something else entirely here.' },
    ];
    writeFileSync(path.join(dir, 'items.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const seen: string[] = [];
    const r = await evalExtraction(dir, (html, url) => {
      seen.push(url);
      return html.replace(/<[^>]+>/g, ' ');
    });
    assert.equal(r.task, 'extraction');
    assert.deepEqual(seen, ['https://example.test/1', 'https://example.test/2']);
    close(r.precision, 0.5);
    close(r.recall, 0.5);
    close(r.accuracy, 0.5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------- extractHtml ----------

const PARA = (topic: string): string =>
  `<p>The committee spent the morning on ${topic}, going through each proposal in turn and asking the ` +
  `authors to explain what they expected to change and how they would know whether it had worked.</p>`;

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Town plans | Example Gazette</title>${head}</head>` +
    `<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>` +
    `<main><article>${body}</article></main><footer><p>All rights reserved.</p></footer></body></html>`;
}

const kinds = (blocks: HtmlBlock[]): string[] => blocks.map((b) => b.kind);

test('extractHtml: headings, paragraphs, list items and quotes become separate blocks', () => {
  const html = page(
    PARA('the bridge') + '<h2>What happens next</h2>' + PARA('the budget') +
    '<ul><li>Widen the pavement on the east side</li><li>Move the bus stop closer to the school</li></ul>' +
    '<blockquote><p>We have waited long enough for this, said a resident.</p></blockquote>' + PARA('the timetable'),
  );
  const { blocks } = extractHtml(html);
  assert.deepEqual(kinds(blocks), ['p', 'heading', 'p', 'list', 'list', 'quote', 'p']);
  assert.equal(blocks[3]!.text, 'Widen the pavement on the east side');
  assert.ok(!blocks.some((b) => /Home|rights reserved/.test(b.text)), 'navigation and footer dropped');
});

test('extractHtml: captions are labelled, credits and furniture are dropped', () => {
  const html = page(
    PARA('the bridge') +
    '<figure><img src="a.jpg"><figcaption>The old bridge at dusk, seen from the river.</figcaption></figure>' +
    '<p>Photo: Jane Example / Example Agency</p>' +
    PARA('the budget') +
    '<p><strong>Related:</strong> <a href="/x">Another story about bridges</a></p>' +
    '<div class="share-tools"><p>Pass this article on to a friend today</p><p>Email or print it</p></div>' +
    '<p>Sign up for our newsletter to get the latest updates in your inbox.</p>' +
    '<ul><li><a href="/1">First other story</a></li><li><a href="/2">Second other story</a></li>' +
    '<li><a href="/3">Third other story</a></li></ul>' + PARA('the timetable'),
  );
  const { blocks } = extractHtml(html);
  assert.deepEqual(kinds(blocks), ['p', 'caption', 'p', 'p']);
  assert.equal(blocks[1]!.text, 'The old bridge at dusk, seen from the river.');
  assert.ok(!articleText(blocks).includes('old bridge at dusk'), 'articleText leaves captions out');
  assert.equal(articleText(blocks).split('\n').length, 3);
});

test('extractHtml: whitespace is normalised inside blocks and tables read row by row', () => {
  const html = page(
    PARA('the bridge') + '<p>  Spaces\u00a0and\n\n  breaks   <em>inside</em>\tthis  line. </p>' +
    '<table><tr><th>Ward</th><th>Votes</th></tr><tr><td>North</td><td>1204</td></tr></table>' + PARA('the budget'),
  );
  const texts = extractHtml(html).blocks.map((b) => b.text);
  assert.ok(texts.includes('Spaces and breaks inside this line.'));
  assert.ok(texts.includes('Ward Votes'));
  assert.ok(texts.includes('North 1204'));
});

test('extractHtml: metadata comes from the original document', () => {
  const head =
    '<meta property="og:title" content="Town approves bridge plan">' +
    '<meta property="og:site_name" content="Example Gazette">' +
    '<meta property="article:published_time" content="2021-03-04T05:06:07Z">' +
    '<meta name="author" content="Sam Writer">' +
    '<link rel="canonical" href="/news/bridge-plan">' +
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>';
  const ex = extractHtml(page(PARA('the bridge') + PARA('the budget'), head), { url: 'https://gazette.example/a?b=1' });
  assert.equal(ex.title, 'Town approves bridge plan');
  assert.equal(ex.siteName, 'Example Gazette');
  assert.equal(ex.published, '2021-03-04T05:06:07.000Z');
  assert.equal(ex.byline, 'Sam Writer');
  assert.equal(ex.lang, 'en');
  assert.equal(ex.canonicalUrl, 'https://gazette.example/news/bridge-plan');
});

test('extractHtml: metadata fallbacks (title element, JSON-LD date, time element)', () => {
  const ld = '<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2020-01-02",' +
    '"author":{"@type":"Person","name":"Alex Reporter"},"publisher":{"name":"Example Gazette"}}]</script>';
  const a = extractHtml(page(PARA('the bridge'), ld));
  assert.equal(a.title, 'Town plans | Example Gazette');
  assert.equal(a.published, '2020-01-02');
  assert.equal(a.byline, 'Alex Reporter');
  assert.equal(a.siteName, 'Example Gazette');
  const b = extractHtml(page(`<time datetime="2019-05-06T07:08:09+02:00">May 6</time>${PARA('the bridge')}`));
  assert.equal(b.published, '2019-05-06T05:08:09.000Z');
  assert.equal(extractHtml(page(PARA('x'), '<script type="application/ld+json">{not json</script>')).published, null);
});

test('extractHtml: empty and junk input give no blocks and never throw', () => {
  const junk: unknown[] = ['', '   ', '<html></html>', '<<<>>></p></div>', '\u0000\u0001', '<html><body></body></html>',
    null, undefined, 42, '<script>var a = "<p>not text</p>";</script>'];
  for (const input of junk) {
    const ex = extractHtml(input as string);
    assert.deepEqual(ex.blocks, [], `no blocks for ${JSON.stringify(input)}`);
  }
});

test('extractHtml: fragments and pathologically deep pages still yield their text', () => {
  assert.deepEqual(extractHtml('<p>Just one paragraph of text.</p>').blocks, [{ kind: 'p', text: 'Just one paragraph of text.' }]);
  const deep = `<html><body>${'<div>'.repeat(2000)}<p>Buried text.</p>${'</div>'.repeat(2000)}</body></html>`;
  const started = Date.now();
  assert.deepEqual(extractHtml(deep).blocks.map((b) => b.text), ['Buried text.']);
  assert.ok(Date.now() - started < 5000, 'deep nesting does not hang');
});

// ---------- benchmark ----------

test('article-extraction-benchmark dev F1 ≥ 0.95', async (t) => {
  const dir = path.resolve(process.cwd(), '../shared/data/article-extraction-benchmark');
  if (!existsSync(dir)) {
    t.skip('shared data absent');
    return;
  }
  const r = await evalExtraction(dir, (html, url) => articleText(extractHtml(html, { url }).blocks));
  t.diagnostic(`dev F1 ${r.f1.toFixed(3)} P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} accuracy ${r.accuracy.toFixed(3)}`);
  assert.ok(r.f1 >= 0.95, `F1 ${r.f1}`);
});
