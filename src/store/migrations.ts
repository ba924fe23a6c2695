// The store's schema, as numbered migrations. A database records the last one applied in
// PRAGMA user_version; opening it applies the rest, each in its own transaction. Never edit a
// migration that has shipped: add the next one.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, claims, entities, events, full-text search',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- One row per version of a document. key is the input id, else its URL, else its text hash;
-- latest = 1 marks the version the ledger uses. The extraction JSON is kept whole (deflated) except
-- for document.text, which lives in the text column (the full-text index reads it from there).
CREATE TABLE documents (
  rowid INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  version INTEGER NOT NULL,
  latest INTEGER NOT NULL DEFAULT 1,
  hash TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  title TEXT,
  published TEXT,
  language TEXT NOT NULL,
  wire TEXT,
  signature BLOB,
  text TEXT NOT NULL,
  extraction BLOB NOT NULL,
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE (key, version)
);
CREATE UNIQUE INDEX documents_latest ON documents (key) WHERE latest = 1;
CREATE INDEX documents_hash ON documents (hash) WHERE latest = 1;

CREATE TABLE entities (
  doc INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  role TEXT,
  affiliation TEXT,
  PRIMARY KEY (doc, entity_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
  doc INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  text TEXT NOT NULL,
  rule TEXT,
  PRIMARY KEY (doc, start, end, entity_id)
) WITHOUT ROWID;

-- Every claim field with its spans, plus what the ledger derives at ingest (bucket, actor keys,
-- theme classes, claim set).
CREATE TABLE claims (
  rowid INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  claim_id TEXT NOT NULL,
  event TEXT NOT NULL,
  bucket TEXT NOT NULL,
  agent_id TEXT, agent_name TEXT, agent_key TEXT NOT NULL,
  recipient_id TEXT, recipient_name TEXT, recipient_key TEXT NOT NULL,
  location_id TEXT, location_name TEXT,
  theme TEXT,
  theme_classes TEXT NOT NULL,
  theme_tokens TEXT NOT NULL,
  q_min REAL, q_max REAL, q_approximate INTEGER, q_vague INTEGER, q_bound TEXT, q_unit TEXT,
  q_start INTEGER, q_end INTEGER, q_text TEXT,
  t_value TEXT, t_from TEXT, t_to TEXT, t_start INTEGER, t_end INTEGER, t_text TEXT,
  ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL,
  tr_start INTEGER, tr_end INTEGER, tr_text TEXT,
  certainty TEXT NOT NULL,
  polarity TEXT NOT NULL,
  status TEXT NOT NULL,
  unit_no INTEGER NOT NULL,
  unit_role TEXT NOT NULL,
  rules TEXT NOT NULL,
  UNIQUE (doc, ordinal)
);
CREATE INDEX claims_bucket ON claims (bucket);
CREATE INDEX claims_measure ON claims (event, agent_key, recipient_key);

-- Attribution chains, original source first (position 0).
CREATE TABLE sources (
  claim INTEGER NOT NULL REFERENCES claims (rowid) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  source_id TEXT,
  cue TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (claim, position)
) WITHOUT ROWID;

-- Names and aliases under which users look actors up ("DPRK", "Pyongyang" → country:KP).
CREATE TABLE actors (
  alias TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (alias, key)
) WITHOUT ROWID;

-- Reported events, recomputed a bucket at a time; summary holds the event as the API serves it
-- (deflated JSON).
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  bucket TEXT NOT NULL,
  position INTEGER NOT NULL,
  event TEXT NOT NULL,
  agent_key TEXT NOT NULL,
  recipient_key TEXT NOT NULL,
  first_reported TEXT,
  last_reported TEXT,
  n_reports INTEGER NOT NULL,
  n_sources INTEGER NOT NULL,
  disagreement INTEGER NOT NULL,
  summary BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX events_bucket ON events (bucket);
CREATE INDEX events_recent ON events (first_reported, id);
CREATE INDEX events_agent ON events (agent_key, first_reported);
CREATE INDEX events_recipient ON events (recipient_key, first_reported);

CREATE TABLE event_members (
  event TEXT NOT NULL,
  claim INTEGER NOT NULL,
  PRIMARY KEY (event, claim)
) WITHOUT ROWID;
CREATE INDEX event_members_claim ON event_members (claim);

-- Buckets whose claims changed since their events were computed. gen grows with every change,
-- so a regroup that read an older state does not clear a newer mark.
CREATE TABLE dirty_buckets (bucket TEXT PRIMARY KEY, gen INTEGER NOT NULL) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'rowid',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE claims_fts USING fts5 (
  ev_text, theme, content = 'claims', content_rowid = 'rowid',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
`,
  },
  {
    version: 2,
    name: 'reviewers\' corrections; loose text identity; deleted documents; claim story, place, review',
    sql: `
-- The text after a looser normalisation (case, quotes, dashes, a headline line the title repeats),
-- so the same article saved as HTML and as JSON is one report whatever its file name.
ALTER TABLE documents ADD COLUMN content_hash TEXT;
-- Deleted by a reviewer: kept (nothing stored is lost) but out of the ledger, search and listings.
ALTER TABLE documents ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_content ON documents (content_hash) WHERE latest = 1;

ALTER TABLE claims ADD COLUMN location_country TEXT;
-- what a figure counts, for estimate series that never mix missiles with drones (ledger/themes.ts)
ALTER TABLE claims ADD COLUMN unit_class TEXT;
ALTER TABLE claims ADD COLUMN story TEXT;
-- for casualties: who caused them, where the report says (a combat claim of the same sentence)
ALTER TABLE claims ADD COLUMN cause_id TEXT;
ALTER TABLE claims ADD COLUMN cause_name TEXT;
ALTER TABLE claims ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN review TEXT NOT NULL DEFAULT '[]';
ALTER TABLE claims ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]';

-- Reviewers' corrections, beside the extractions (which they never edit): kind, who, when, why,
-- and in data the claims they name (anchors), the fields set, the events they were made on.
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  author TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  data TEXT NOT NULL
);
-- Which documents (by key, across versions) each correction touches.
CREATE TABLE correction_documents (
  document TEXT NOT NULL,
  correction INTEGER NOT NULL REFERENCES corrections (id),
  PRIMARY KEY (document, correction)
) WITHOUT ROWID;

-- events now carry their history, headline and disagreement rule: recompute them all
INSERT INTO dirty_buckets (bucket, gen) SELECT DISTINCT bucket, 0 FROM claims WHERE true ON CONFLICT (bucket) DO NOTHING;
`,
  },
  {
    version: 3,
    name: 'covering indexes for the ledger filters',
    // counting a filtered ledger page read every matching events row, summary and all (132 ms for
    // --since/--until at 100,000 documents, bench/scale.mjs); these indexes answer it alone. A
    // store of the scale-out branch before it met the ledger's migration numbered this one 2: it
    // has them already (sqlite.ts applyMigrations runs 2 and this one again on it)
    sql: `
CREATE INDEX IF NOT EXISTS events_dates ON events (first_reported, last_reported);
CREATE INDEX IF NOT EXISTS events_actors ON events (agent_key, recipient_key, event, first_reported);
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
