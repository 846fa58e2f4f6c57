/** The embedded store: SQLite through better-sqlite3, WAL journal, FTS5 search. */
import Database from 'better-sqlite3';
import type { Doc } from '../../model/doc.js';
import { INGEST_VERSION } from '../../ingest/article.js';
import type { ArticleSummary, PutResult, Repository, SearchHit } from '../repository.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;

export class SqliteStore implements Repository {
  private db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT, applied_at TEXT)');
    const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => r['version'] as number));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.description, new Date().toISOString());
      })();
    }
  }

  async schemaVersion(): Promise<number> {
    const r = this.db.prepare('SELECT MAX(version) v FROM schema_migrations').get() as Row;
    return (r['v'] as number) ?? 0;
  }

  async putArticles(docs: Array<{ doc: Doc; rawInput: string | null }>, opts: { at?: string } = {}): Promise<PutResult> {
    const exists = this.db.prepare('SELECT 1 FROM articles WHERE id = ?');
    const insert = this.db.prepare(`INSERT INTO articles (id, source, url, outlet, title, published, published_precision,
      published_source, format, text, raw, raw_input, doc, ingest_version, ingested_at)
      VALUES (@id, @source, @url, @outlet, @title, @published, @precision, @psource, @format, @text, @raw, @rawInput, @doc, @version, @at)`);
    const result: PutResult = { inserted: [], duplicates: [] };
    const at = opts.at ?? new Date().toISOString();
    this.db.transaction(() => {
      for (const { doc, rawInput } of docs) {
        if (exists.get(doc.id) || result.inserted.includes(doc.id)) {
          result.duplicates.push(doc.id);
          continue;
        }
        const m = doc.meta;
        insert.run({
          id: doc.id, source: m.source, url: m.url, outlet: m.outlet, title: m.title, published: m.published.value,
          precision: m.published.precision, psource: m.published.source, format: m.format, text: doc.text, raw: doc.raw,
          rawInput: rawInput !== null && rawInput !== doc.raw ? rawInput : null,
          doc: JSON.stringify({ meta: doc.meta, layers: doc.layers, removed: doc.removed, offsets: doc.offsets }),
          version: INGEST_VERSION, at,
        });
        result.inserted.push(doc.id);
      }
    })();
    return result;
  }

  async updateArticles(docs: Doc[]): Promise<void> {
    const update = this.db.prepare(`UPDATE articles SET published = @published, published_precision = @precision,
      published_source = @psource, doc = @doc WHERE id = @id`);
    this.db.transaction(() => {
      for (const doc of docs) {
        const p = doc.meta.published;
        update.run({ id: doc.id, published: p.value, precision: p.precision, psource: p.source, doc: JSON.stringify({ meta: doc.meta, layers: doc.layers, removed: doc.removed, offsets: doc.offsets }) });
      }
    })();
  }

  private toDoc(r: Row): Doc {
    const extra = JSON.parse(r['doc'] as string) as Pick<Doc, 'meta' | 'layers' | 'removed' | 'offsets'>;
    return { id: r['id'] as string, raw: r['raw'] as string, text: r['text'] as string, ...extra };
  }

  async getArticle(idOrPrefix: string): Promise<Doc | null> {
    const exact = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(idOrPrefix) as Row | undefined;
    if (exact) return this.toDoc(exact);
    if (!/^[0-9a-f]{4,}$/.test(idOrPrefix)) return null;
    const rows = this.db.prepare('SELECT * FROM articles WHERE id LIKE ? LIMIT 2').all(`${idOrPrefix}%`) as Row[];
    return rows.length === 1 ? this.toDoc(rows[0]!) : null;
  }

  async getRawInput(id: string): Promise<string | null> {
    const r = this.db.prepare('SELECT COALESCE(raw_input, raw) r FROM articles WHERE id = ?').get(id) as Row | undefined;
    return r ? (r['r'] as string) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const rows = this.db
      .prepare('SELECT id, source, outlet, title, published, length(text) chars, ingested_at FROM articles ORDER BY published IS NULL, published, source LIMIT ? OFFSET ?')
      .all(opts.limit ?? -1, opts.offset ?? 0) as Row[];
    return rows.map((r) => ({ id: r['id'] as string, source: r['source'] as string, outlet: r['outlet'] as string | null, title: r['title'] as string | null, published: r['published'] as string | null, chars: r['chars'] as number, ingestedAt: r['ingested_at'] as string }));
  }

  async lastIngest(): Promise<string[]> {
    const rows = this.db.prepare('SELECT id FROM articles WHERE ingested_at = (SELECT MAX(ingested_at) FROM articles) ORDER BY source').all() as Row[];
    return rows.map((r) => r['id'] as string);
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) n FROM articles').get() as Row)['n'] as number;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const rows = this.db
      .prepare(`SELECT a.id, a.title, a.outlet, snippet(articles_fts, 1, '[', ']', '…', 12) snip
                FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`)
      .all(toFtsQuery(query), limit) as Row[];
    return rows.map((r) => ({ id: r['id'] as string, title: r['title'] as string | null, outlet: r['outlet'] as string | null, snippet: r['snip'] as string }));
  }

  async *allArticles(): AsyncIterable<Doc> {
    for (const r of this.db.prepare('SELECT * FROM articles ORDER BY published IS NULL, published, source').iterate() as Iterable<Row>) yield this.toDoc(r);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** User text → an FTS5 query: words are quoted so punctuation cannot break the syntax; "a phrase" stays a phrase. */
export function toFtsQuery(q: string): string {
  const parts: string[] = [];
  for (const m of q.matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (m[1] ?? m[2]!).replace(/"/g, '');
    if (term.trim()) parts.push(`"${term}"`);
  }
  return parts.join(' ') || '""';
}
