/**
 * `npm run bench`: throughput on one core (this process), Parallax next to the reference libraries on the
 * same inputs, in one run. Each measure is the median of several timed rounds after a warm-up; the machine
 * is noisy, so compare ratios, not absolute numbers. Inputs: the seeds and the article-extraction benchmark
 * pages from ../shared when present, else the bundled samples.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { ingestArticle, type RawArticle } from '../src/ingest/article.js';
import { Runner } from '../src/pipeline/stage.js';
import { builtinStages } from '../src/pipeline/registry.js';
import { readStage } from '../src/read/stage.js';
import { repoPath, sharedPath } from '../src/pipeline/paths.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const MIN_MS = Number(process.env['BENCH_MIN_MS'] ?? 1500);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs fn over all inputs repeatedly for at least MIN_MS; returns items per second. */
function rate<T>(inputs: T[], fn: (x: T) => void): number {
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    for (const x of inputs) fn(x);
    n += inputs.length;
    t = performance.now();
  } while (t - t0 < MIN_MS);
  return (n * 1000) / (t - t0);
}

function textInputs(): string[] {
  const seeds = sharedPath('seeds');
  const dirs = existsSync(seeds) ? [seeds, repoPath('samples')] : [repoPath('samples')];
  const out: string[] = [];
  for (const d of dirs) for (const f of readdirSync(d)) if (f.endsWith('.txt')) out.push(readFileSync(join(d, f), 'utf8'));
  return out;
}

function htmlInputs(): Array<{ html: string; url: string }> {
  const dir = sharedPath('data/article-extraction-benchmark');
  if (!existsSync(join(dir, 'dev.jsonl'))) {
    return [{ html: readFileSync(repoPath('samples/harbour-ledger-analysis.html'), 'utf8'), url: 'https://example.org/a' }];
  }
  return readFileSync(join(dir, 'dev.jsonl'), 'utf8').trim().split('\n').map((l) => {
    const r = JSON.parse(l) as { url: string; html_file: string };
    return { html: gunzipSync(readFileSync(join(dir, r.html_file))).toString('utf8'), url: r.url };
  });
}

function readabilityAlone(p: { html: string }): void {
  const { document } = parseHTML(p.html);
  new Readability(document as unknown as Document).parse();
}

/** The reference NLP libraries, on the same texts: compromise's entity lists, wink-nlp's document and entities. */
async function loadReferenceNlp(): Promise<{ compromise: (t: string) => void; wink: (t: string) => void }> {
  const nlp = (await import('compromise')).default as unknown as (t: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } };
  const winkNlp = (await import('wink-nlp')).default as unknown as (m: unknown) => { readDoc(t: string): { entities(): { out(): unknown } } };
  const model = (await import('wink-eng-lite-web-model')).default;
  const wink = winkNlp(model);
  return {
    compromise: (t) => {
      const d = nlp(t);
      d.people().out('offsets');
      d.places().out('offsets');
      d.organizations().out('offsets');
    },
    wink: (t) => void wink.readDoc(t).entities().out(),
  };
}

async function main(): Promise<void> {
  const runner = new Runner(builtinStages());
  const readOnly = new Runner([readStage]);
  const texts = textInputs();
  const pages = htmlInputs();
  const textBytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / texts.length;
  const htmlBytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / pages.length;
  // Ingest alone (readers, repair, cleaning, metadata), and ingest followed by every registered stage.
  const ingestText = (t: string): void => void ingestArticle({ source: 'bench.txt', format: 'text', text: t } as RawArticle);
  const readText = (t: string): void => void readOnly.run(ingestArticle({ source: 'bench.txt', format: 'text', text: t } as RawArticle));
  const wholeText = (t: string): void => void runner.run(ingestArticle({ source: 'bench.txt', format: 'text', text: t } as RawArticle));
  const nlp = await loadReferenceNlp();
  const ingestHtml = (p: { html: string; url: string }): void => {
    try {
      ingestArticle({ source: p.url, format: 'html', html: p.html, url: p.url });
    } catch {
      // A page without a body still cost its parse; it counts.
    }
  };
  rate(texts, ingestText);
  rate(texts, readText);
  rate(texts, wholeText);
  rate(pages.slice(0, 10), ingestHtml);
  rate(pages.slice(0, 10), readabilityAlone);
  const r = { text: [] as number[], full: [] as number[], compromise: [] as number[], wink: [] as number[], html: [] as number[], read: [] as number[], whole: [] as number[] };
  for (let i = 0; i < ROUNDS; i++) {
    r.text.push(rate(texts, ingestText));
    r.full.push(rate(texts, readText));
    r.whole.push(rate(texts, wholeText));
    r.compromise.push(rate(texts, nlp.compromise));
    r.wink.push(rate(texts, nlp.wink));
    // Alternate the two HTML measures so drift in machine load hits both alike.
    r.html.push(rate(pages, ingestHtml));
    r.read.push(rate(pages, readabilityAlone));
  }
  const text = median(r.text);
  const full = median(r.full);
  const whole = median(r.whole);
  const comp = median(r.compromise);
  const wink = median(r.wink);
  const html = median(r.html);
  const read = median(r.read);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const rows: Array<[string, string]> = [
    ['inputs', `${texts.length} texts (${(textBytes / 1024).toFixed(1)} KB avg), ${pages.length} HTML pages (${(htmlBytes / 1024).toFixed(0)} KB avg)`],
    ['text ingest', `${text.toFixed(0)} articles/s · ${((text * textBytes) / 1048576).toFixed(1)} MB/s`],
    ['text ingest + read', `${full.toFixed(0)} articles/s · ${((full * textBytes) / 1048576).toFixed(1)} MB/s`],
    ['whole per-article pipeline', `${whole.toFixed(0)} articles/s · ${((whole * textBytes) / 1048576).toFixed(1)} MB/s (ingest, read, extract)`],
    ['compromise people/places/orgs', `${comp.toFixed(0)} articles/s (Parallax ingest+read ÷ compromise: ${(full / comp).toFixed(2)})`],
    ['wink-nlp readDoc + entities', `${wink.toFixed(0)} articles/s (Parallax ingest+read ÷ wink: ${(full / wink).toFixed(2)})`],
    ['HTML ingest (Parallax)', `${html.toFixed(1)} pages/s · ${((html * htmlBytes) / 1048576).toFixed(1)} MB/s`],
    ['Readability + linkedom alone', `${read.toFixed(1)} pages/s · ${((read * htmlBytes) / 1048576).toFixed(1)} MB/s`],
    ['html_ratio (Parallax ÷ Readability)', (html / read).toFixed(3)],
    ['peak RSS', `${rssMb.toFixed(0)} MB`],
  ];
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(38)} ${v}\n`);
  process.stdout.write(`(median of ${ROUNDS} rounds of ≥ ${MIN_MS} ms each, one core)\n`);
  process.stdout.write(
    JSON.stringify({
      task: 'bench', ingest_articles_per_s: Math.round(text), ingest_mb_per_s: +((text * textBytes) / 1048576).toFixed(2),
      ingest_read_articles_per_s: Math.round(full), text_articles_per_s: Math.round(whole),
      text_mb_per_s: +((whole * textBytes) / 1048576).toFixed(2), vs_compromise: +(full / comp).toFixed(2), vs_wink: +(full / wink).toFixed(2),
      html_pages_per_s: +html.toFixed(1), html_mb_per_s: +((html * htmlBytes) / 1048576).toFixed(2),
      readability_pages_per_s: +read.toFixed(1), html_ratio: +(html / read).toFixed(3), peak_rss_mb: Math.round(rssMb),
    }) + '\n',
  );
}

await main();
