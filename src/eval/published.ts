/**
 * Publication dates against corpora that know them: each article's text goes through ingest and the read stage as
 * plain text (no metadata), and the date Parallax gives — stated in the text, or inferred from what it says — is
 * checked at the precision it claims (a day must be the day; a month the month; a year the year; a month without a
 * year the month). What a wrong answer costs a user (a year off sends every relative date and event with it) is
 * why precision (`correct` of answers) is reported next to coverage (`answered` of articles).
 *
 * Formats read (`*.jsonl`, one article a line, `text` plus a date): PolNeAR (`publication_date`), GUM news
 * (`date_created`), TempEval-3 (`dct.value`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../ingest/article.js';
import { readStage } from '../read/stage.js';

export interface PublishedCounts { n: number; answered: number; correct: number }
export interface PublishedReport {
  task: 'published';
  /** Articles with a known date. */
  n: number;
  /** Share of articles given a date (stated or inferred). */
  answered: number;
  /** Share of those answers right at their own precision. */
  precision: number;
  /** Answers whose year (when they give one) is right, over answers that give a year. */
  year_precision: number;
  stated: PublishedCounts;
  inferred: PublishedCounts;
  /** Answers by precision: how many, how many right. */
  by_precision: Record<string, PublishedCounts>;
  /** A few wrong answers (gold, answer, first evidence), for reading. */
  wrong: string[];
}

interface Row { text: string; date: string }

/** The known date of a record in any of the supported formats, as YYYY-MM-DD (or shorter), or null. */
function goldDate(r: Record<string, unknown>): string | null {
  const dct = r['dct'] as { value?: string } | undefined;
  const v = (r['publication_date'] ?? r['date_created'] ?? dct?.value ?? null) as string | null;
  const m = v ? /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(v) : null;
  return m ? m.slice(1).filter(Boolean).join('-') : null;
}

export function loadDated(dir: string): Row[] {
  const out: Row[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Record<string, unknown>;
      const date = goldDate(r);
      if (typeof r['text'] === 'string' && date) out.push({ text: r['text'], date });
    }
  }
  return out;
}

/** Whether `value` (YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM…) agrees with the gold date at its own precision. */
export function agrees(value: string, gold: string): boolean {
  if (value.startsWith('XXXX')) return value.slice(4, 7) === gold.slice(4, 7);
  return gold.startsWith(value.slice(0, 10));
}

export function evalPublished(dir: string): PublishedReport {
  const rows = loadDated(dir);
  const stated: PublishedCounts = { n: 0, answered: 0, correct: 0 };
  const inferred: PublishedCounts = { n: 0, answered: 0, correct: 0 };
  const byPrecision: Record<string, PublishedCounts> = {};
  const wrong: string[] = [];
  let answered = 0, correct = 0, withYear = 0, yearRight = 0;
  for (const r of rows) {
    let p;
    try {
      const doc = ingestArticle({ source: 'eval.txt', format: 'text', text: r.text });
      readStage.run(doc);
      p = doc.meta.published;
    } catch {
      continue; // an empty text has no date to give; it still counts in n
    }
    const side = p.inferred ? inferred : stated;
    side.n++;
    if (!p.value) continue;
    const ok = agrees(p.value, r.date);
    answered++;
    side.answered++;
    const k = p.precision ?? 'unknown';
    const b = (byPrecision[k] ??= { n: 0, answered: 0, correct: 0 });
    b.n++;
    b.answered++;
    if (ok) { correct++; side.correct++; b.correct++; }
    else if (wrong.length < 12) wrong.push(`${r.date} → ${p.value} (${p.precision}; ${p.inferred ? 'inferred' : 'stated'}) ${(p.evidence ?? [])[0] ?? ''}`.slice(0, 200));
    if (/^\d{4}/.test(p.value)) { withYear++; if (p.value.slice(0, 4) === r.date.slice(0, 4)) yearRight++; }
  }
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    task: 'published', n: rows.length, answered: r3(answered / (rows.length || 1)), precision: r3(correct / (answered || 1)),
    year_precision: r3(yearRight / (withYear || 1)), stated, inferred, by_precision: byPrecision, wrong,
  };
}
