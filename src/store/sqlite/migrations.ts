/** Versioned schema migrations for the SQLite store. Append only: never edit a released step. */
export const MIGRATIONS: Array<{ version: number; description: string; sql: string }> = [
  {
    version: 1,
    description: 'articles with raw and clean text, full-text index',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        published_precision TEXT,
        published_source TEXT,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        raw TEXT NOT NULL,
        raw_input TEXT,
        doc TEXT NOT NULL,
        ingest_version TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
    `,
  },
];
