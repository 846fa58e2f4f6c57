/**
 * Site furniture recognised from the lexicon in lexicons/furniture.json (data, not code: extend it there).
 */
import { readFileSync } from 'node:fs';
import { foldLine, endsSentence } from './text-norm.js';
import { repoPath } from '../../pipeline/paths.js';

interface Rule {
  reason: string;
  re: RegExp;
  /** The rule also applies to lines that end like a sentence (pitches do; link lead-ins do not). */
  sentenceOk: boolean;
}

export interface FurnitureLexicon {
  whole: Rule[];
  lead: Rule[];
  endMarks: string[];
}

interface RawLexicon {
  whole: Array<{ reason: string; pattern: string }>;
  lead: Array<{ reason: string; pattern: string; sentenceOk?: boolean }>;
  endMarks: string[];
}

const cache = new Map<string, FurnitureLexicon>();

export function loadFurniture(file = repoPath('lexicons/furniture.json')): FurnitureLexicon {
  const hit = cache.get(file);
  if (hit) return hit;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawLexicon;
  const compile = (r: { reason: string; pattern: string; sentenceOk?: boolean }): Rule => ({ reason: r.reason, re: new RegExp(r.pattern, 'u'), sentenceOk: r.sentenceOk === true });
  const lex = { whole: raw.whole.map(compile), lead: raw.lead.map(compile), endMarks: raw.endMarks };
  cache.set(file, lex);
  return lex;
}

/** The reason a line is furniture, or null when it is not. */
export function furnitureReason(line: string, lex: FurnitureLexicon): string | null {
  // Furniture lines are short; long paragraphs are body and skip the rules entirely.
  if (line.length > 260) return null;
  const folded = foldLine(line);
  if (folded.length === 0) return null;
  // Whole-line furniture is a few words; only the copyright notice runs longer.
  if (folded.length <= 80 || /rights reserved|copyright|©/.test(folded)) for (const r of lex.whole) if (r.re.test(folded)) return r.reason;
  if (folded.length > 240) return null;
  const sentence = endsSentence(folded) && !/^[^:]{2,30}:\s/.test(folded);
  for (const r of lex.lead) if ((r.sentenceOk || !sentence) && r.re.test(folded)) return r.reason;
  return null;
}

/** Splits an end-of-story mark off the end of a line: returns the kept length, or null when there is none. */
export function endMarkAt(line: string, lex: FurnitureLexicon): number | null {
  const trimmed = line.replace(/[\s\u00A0]+$/u, '');
  const lower = trimmed.toLowerCase();
  for (const mark of lex.endMarks) {
    if (lower.endsWith(mark)) {
      const keep = trimmed.length - mark.length;
      // A mark must stand apart from the words before it (or be the whole line).
      if (keep === 0 || /[\s\u00A0]$/u.test(trimmed.slice(0, keep)) || mark.length === 1) return trimmed.slice(0, keep).replace(/[\s\u00A0]+$/u, '').length;
    }
  }
  return null;
}
