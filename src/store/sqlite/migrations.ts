/** Schema versions of the SQLite store, applied in order; never edit a released one. */
export const SQLITE_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, entities, events, full-text search',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT,
        published TEXT,
        source TEXT,
        url TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        role TEXT,
        mentions TEXT NOT NULL
      );
      CREATE INDEX entities_article ON entities(article_id);
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_code TEXT NOT NULL, source_country TEXT, source_org TEXT, source_role TEXT, source_name TEXT,
        target_code TEXT NOT NULL, target_country TEXT, target_org TEXT, target_role TEXT, target_name TEXT,
        source_key TEXT NOT NULL,
        target_key TEXT NOT NULL,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        label TEXT NOT NULL,
        plover TEXT,
        quad INTEGER NOT NULL,
        goldstein REAL,
        modality TEXT NOT NULL,
        date TEXT,
        date_precision TEXT,
        evidence_text TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        more_evidence TEXT NOT NULL,
        confidence REAL NOT NULL,
        rule TEXT NOT NULL,
        reason TEXT NOT NULL,
        fingerprint TEXT NOT NULL
      );
      CREATE INDEX events_fingerprint ON events(fingerprint);
      CREATE INDEX events_article ON events(article_id);
      CREATE INDEX events_pair_date ON events(source_key, target_key, date);
      CREATE INDEX events_target_date ON events(target_key, date);
      CREATE INDEX events_root_date ON events(root, date);
      CREATE INDEX events_date ON events(date);
      CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    version: 2,
    name: 'comments and corrections, kept apart from the coder output',
    sql: `
      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('article', 'event')),
        target_id TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX comments_target ON comments(target_kind, target_id);
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('cameo', 'source', 'target', 'modality', 'date', 'not_event')),
        value TEXT,
        note TEXT,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX corrections_article ON corrections(article_id);
      CREATE INDEX corrections_fingerprint ON corrections(fingerprint);
    `,
  },
  {
    version: 3,
    name: 'where an event date came from (stated in the sentence, or from the narrative)',
    sql: `ALTER TABLE events ADD COLUMN date_basis TEXT;`,
  },
  {
    version: 4,
    name: 'indexes for events by actor (state, or state and role), and by actor and CAMEO root, newest first',
    sql: `
      CREATE INDEX events_source_date ON events(source_key, date);
      CREATE INDEX events_source_root_date ON events(source_key, root, date);
      CREATE INDEX events_target_root_date ON events(target_key, root, date);
      CREATE INDEX events_source_code_date ON events(source_code, date);
      CREATE INDEX events_target_code_date ON events(target_code, date);
    `,
  },
  {
    version: 5,
    name: 'the CAMEO root in the actor-code indexes, so a count by code and root reads the index alone',
    sql: `
      DROP INDEX events_source_code_date;
      DROP INDEX events_target_code_date;
      CREATE INDEX events_source_code_date_root ON events(source_code, date, root);
      CREATE INDEX events_target_code_date_root ON events(target_code, date, root);
    `,
  },
];
