/** JSONL: one article a line, `text` or `html`, optional `url`, `outlet`, `title`, `published`. */
import { ParallaxError } from '../../pipeline/errors.js';
import type { RawArticle } from '../article.js';

export interface JsonlLine {
  item: RawArticle | null;
  error: ParallaxError | null;
  line: number;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

export function readJsonl(text: string, source: string): JsonlLine[] {
  const out: JsonlLine[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(raw) as Record<string, unknown>;
    } catch (e) {
      out.push({ item: null, line, error: new ParallaxError('BAD_JSON', `line ${line}: ${(e as Error).message}`) });
      return;
    }
    const body = str(obj['text']) ?? null;
    const html = str(obj['html']) ?? null;
    if (!obj || typeof obj !== 'object' || (!body && !html)) {
      out.push({ item: null, line, error: new ParallaxError('BAD_JSON', `line ${line}: no "text" or "html" field`) });
      return;
    }
    const url = str(obj['url']);
    out.push({
      line,
      error: null,
      item: {
        source: `${source}:${line}`,
        format: 'jsonl',
        ...(html && !body ? { html } : { text: body! }),
        url,
        title: str(obj['title']),
        outlet: str(obj['outlet']),
        published: str(obj['published']) ?? str(obj['date']),
      },
    });
  });
  return out;
}
