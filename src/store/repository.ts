/**
 * The storage contract every backend implements (SQLite now; PostgreSQL next). Async, so a networked
 * backend fits behind it; articles are keyed by a hash of their clean text, so re-ingesting is a no-op.
 */
import type { Doc } from '../model/doc.js';

export interface ArticleSummary {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  chars: number;
  /** When the ingest run that stored it began (ISO 8601): one value for every article of one run. */
  ingestedAt: string;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  snippet: string;
}

export interface PutResult {
  inserted: string[];
  duplicates: string[];
}

export interface Repository {
  /** Stores the docs in one transaction; a doc whose id is already stored is a duplicate, not an error.
   * `at` stamps the ingest run (default: now), so the chunks of one run read back as one ingest. */
  putArticles(docs: Array<{ doc: Doc; rawInput: string | null }>, opts?: { at?: string }): Promise<PutResult>;
  /** The ids the latest ingest run stored (empty for an empty store). */
  lastIngest(): Promise<string[]>;
  getArticle(idOrPrefix: string): Promise<Doc | null>;
  /** Replaces what later stages derived for stored articles (their text is unchanged): one transaction. */
  updateArticles(docs: Doc[]): Promise<void>;
  getRawInput(id: string): Promise<string | null>;
  listArticles(opts?: { limit?: number; offset?: number }): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  allArticles(): AsyncIterable<Doc>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

/** Every stored article in memory: the corpus stages (link, compare) read the whole store. */
export async function allDocs(store: Repository): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const d of store.allArticles()) docs.push(d);
  return docs;
}
