/**
 * Schema versions of the PostgreSQL store, applied in order; never edit a released one.
 * The tables mirror the SQLite store's so both share one row mapping (src/store/rows.ts).
 * Codes, keys and dates are `COLLATE "C"`: byte order, as in SQLite, so range and prefix
 * conditions use the b-tree indexes whatever the database's default collation is.
 */
export const POSTGRES_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, entities, events, full-text search',
    sql: `
      CREATE TABLE articles (
        id text PRIMARY KEY,
        title text,
        published text COLLATE "C",
        source text,
        url text,
        text text NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        -- Title words rank above body words. A tsvector is limited to 1 MB, so only the
        -- first 500,000 characters of a (rare) giant article are indexed.
        fts tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', left(text, 500000)), 'B')
        ) STORED
      );
      CREATE INDEX articles_fts ON articles USING gin (fts);
      CREATE INDEX articles_published ON articles (published DESC NULLS LAST, id);
      CREATE TABLE entities (
        id bigserial PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name text NOT NULL,
        type text NOT NULL,
        country text,
        role text,
        mentions text NOT NULL
      );
      CREATE INDEX entities_article ON entities(article_id);
      CREATE TABLE events (
        id bigserial PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_code text COLLATE "C" NOT NULL, source_country text, source_org text, source_role text, source_name text,
        target_code text COLLATE "C" NOT NULL, target_country text, target_org text, target_role text, target_name text,
        source_key text COLLATE "C" NOT NULL,
        target_key text COLLATE "C" NOT NULL,
        cameo text COLLATE "C" NOT NULL,
        root text COLLATE "C" NOT NULL,
        label text NOT NULL,
        plover text,
        quad smallint NOT NULL,
        goldstein double precision,
        modality text NOT NULL,
        date text COLLATE "C",
        date_precision text,
        evidence_text text NOT NULL,
        evidence_start integer NOT NULL,
        evidence_end integer NOT NULL,
        more_evidence text NOT NULL,
        confidence double precision NOT NULL,
        rule text NOT NULL,
        reason text NOT NULL,
        fingerprint text NOT NULL
      );
      CREATE INDEX events_fingerprint ON events(fingerprint);
      CREATE INDEX events_article ON events(article_id);
      CREATE INDEX events_pair_date ON events(source_key, target_key, date);
      CREATE INDEX events_target_date ON events(target_key, date);
      CREATE INDEX events_root_date ON events(root, date);
      CREATE INDEX events_date ON events(date);
    `,
  },
  {
    version: 2,
    name: 'comments and corrections, kept apart from the coder output',
    sql: `
      CREATE TABLE comments (
        id bigserial PRIMARY KEY,
        target_kind text NOT NULL CHECK (target_kind IN ('article', 'event')),
        target_id text NOT NULL,
        article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        author text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX comments_target ON comments(target_kind, target_id);
      CREATE TABLE corrections (
        id bigserial PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        fingerprint text NOT NULL,
        field text NOT NULL CHECK (field IN ('cameo', 'source', 'target', 'modality', 'date', 'not_event')),
        value text,
        note text,
        author text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX corrections_article ON corrections(article_id);
      CREATE INDEX corrections_fingerprint ON corrections(fingerprint);
    `,
  },
  {
    version: 3,
    name: 'a queue of articles waiting to be coded, for workers on several machines',
    sql: `
      CREATE TABLE queue (
        id bigserial PRIMARY KEY,
        article_id text NOT NULL UNIQUE,
        -- the Article as read: raw text and metadata
        article jsonb NOT NULL,
        -- where it was read from, for messages
        origin text,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts > 0),
        -- a job handed back after a failed attempt waits until then before it is retried
        available_at timestamptz NOT NULL DEFAULT now(),
        claimed_by text,
        claimed_at timestamptz,
        last_error text,
        result text CHECK (result IN ('inserted', 'exists')),
        events integer,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      -- workers take the oldest pending job first; done jobs stay out of this index
      CREATE INDEX queue_pending ON queue (id) WHERE state = 'pending';
    `,
  },
  {
    version: 4,
    name: 'where an event date came from (stated in the sentence, or from the narrative)',
    sql: `ALTER TABLE events ADD COLUMN date_basis text;`,
  },
  {
    version: 5,
    name: 'date indexes newest first, undated last; indexes for events by actor (state, or state and role), and by actor and CAMEO root',
    // The event list is ordered by date DESC NULLS LAST: an index in that order is read
    // from its start and the scan stops at the page's end, where an ascending one would
    // make PostgreSQL sort every match.
    sql: `
      DROP INDEX events_pair_date;
      DROP INDEX events_target_date;
      DROP INDEX events_root_date;
      DROP INDEX events_date;
      CREATE INDEX events_pair_date ON events (source_key, target_key, date DESC NULLS LAST);
      CREATE INDEX events_target_date ON events (target_key, date DESC NULLS LAST);
      CREATE INDEX events_root_date ON events (root, date DESC NULLS LAST);
      CREATE INDEX events_date ON events (date DESC NULLS LAST);
      CREATE INDEX events_source_date ON events (source_key, date DESC NULLS LAST);
      CREATE INDEX events_source_root_date ON events (source_key, root, date DESC NULLS LAST);
      CREATE INDEX events_target_root_date ON events (target_key, root, date DESC NULLS LAST);
      CREATE INDEX events_source_code_date ON events (source_code, date DESC NULLS LAST);
      CREATE INDEX events_target_code_date ON events (target_code, date DESC NULLS LAST);
    `,
  },
  {
    version: 6,
    name: 'the CAMEO root in the actor-code indexes, so a count by code and root reads the index alone',
    sql: `
      DROP INDEX events_source_code_date;
      DROP INDEX events_target_code_date;
      CREATE INDEX events_source_code_date_root ON events (source_code, date DESC NULLS LAST, root);
      CREATE INDEX events_target_code_date_root ON events (target_code, date DESC NULLS LAST, root);
    `,
  },
  {
    version: 7,
    name: 'full-text search in a table of its own, ranked by headline and lede',
    // Ranking reads a vector per matching article, and a common word matches tens of
    // thousands: ranking by the full text read every match's whole vector (out of line,
    // compressed). The narrow table keeps a small vector of the headline and the first
    // 600 characters inline for ranking; the full vector, for matching, stays out of line.
    sql: `
      CREATE TABLE article_search (
        id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        published text COLLATE "C",
        fts tsvector NOT NULL,
        lede tsvector NOT NULL
      );
      ALTER TABLE article_search ALTER COLUMN lede SET STORAGE PLAIN;
      ALTER TABLE article_search SET (toast_tuple_target = 128);
      INSERT INTO article_search (id, published, fts, lede)
        SELECT id, published,
          setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(text, 500000)), 'B'),
          setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(text, 600)), 'B')
        FROM articles;
      CREATE INDEX article_search_fts ON article_search USING gin (fts);
      DROP INDEX articles_fts;
      ALTER TABLE articles DROP COLUMN fts;
    `,
  },
  {
    version: 8,
    name: 'phrases matched from a RUM index where the extension is available (words still from GIN)',
    // A phrase ("peace process") is a match GIN cannot decide: it stores no word positions,
    // so every candidate's full vector came out of TOAST to be rechecked (190-700 ms for a
    // phrase in 22 % of 100,000 articles). RUM stores the positions in the index and
    // decides the phrase there (47 ms). For plain words GIN stays: its posting lists, free
    // of positions, are read faster (41 against 59 ms for a word in 56 % of the articles).
    // The RUM index is on an expression equal to fts, `fts || ''`, so that the planner can
    // only use it where the search names that expression: for phrases (postgres-store.ts).
    // Ranking is unchanged, so the hits are the same with or without it. RUM is a separate
    // package (Debian: postgresql-15-rum) and CREATE EXTENSION needs a superuser; without
    // either, or with `attache.rum = off` in the session's options, this migration does
    // nothing. To add it later by hand: CREATE EXTENSION rum; then the CREATE INDEX below.
    sql: `
      DO $$
      DECLARE
        rum_schema text;
      BEGIN
        IF coalesce(current_setting('attache.rum', true), '') = 'off' THEN
          RETURN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
          RAISE NOTICE 'attache: the RUM extension is not installed; phrases are matched through the GIN index';
          RETURN;
        END IF;
        -- An extension belongs to the database, not the schema: migrations of two schemas
        -- at once must not both create it (the migration lock is per schema).
        PERFORM pg_advisory_xact_lock(hashtext('attache.create-extension.rum'));
        SELECT n.nspname INTO rum_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'rum';
        IF rum_schema IS NULL THEN
          -- In public where it exists: created in an attache schema, DROP SCHEMA … CASCADE
          -- would take the extension, and every other schema's RUM index, with it.
          rum_schema := CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN 'public' ELSE current_schema() END;
          BEGIN
            EXECUTE format('CREATE EXTENSION rum SCHEMA %I', rum_schema);
          EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'attache: cannot create the RUM extension (%); phrases are matched through the GIN index', SQLERRM;
            RETURN;
          END;
        END IF;
        -- Only the operator class is named by schema; search uses the core @@ operator.
        EXECUTE format($f$CREATE INDEX article_search_phrase ON article_search USING rum ((fts || ''::tsvector) %I.rum_tsvector_ops)$f$, rum_schema);
      END
      $$;
    `,
  },
];
