// The PostgreSQL schema, as numbered migrations like SQLite's (../migrations.ts): the same tables
// and columns, with PostgreSQL's own full-text search (a text search configuration "dossier":
// unaccent, then English stemming without a stop list, so a phrase or a short word matches as on
// SQLite; GIN indexes on stored tsvector columns) and a sequence for the dirty generations.
// meta.schema_version records the last migration applied. Never edit a migration that has
// shipped: add the next one. {{unaccent}} is the schema holding the unaccent extension.

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'documents, claims, entities, events, full-text search',
    sql: `
CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);

CREATE TEXT SEARCH DICTIONARY english_stem_all (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION dossier (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION dossier
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH {{unaccent}}.unaccent, english_stem_all;

-- generations of dirty marks: one per transaction, from a sequence (no row every writer updates)
CREATE SEQUENCE dirty_gen;

-- key, bucket, ids and dates compare byte by byte ("C"), as on SQLite, whatever the database's locale
CREATE TABLE documents (
  rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  latest boolean NOT NULL DEFAULT true,
  hash text COLLATE "C" NOT NULL,
  url text,
  outlet text,
  title text,
  published text COLLATE "C",
  language text NOT NULL,
  wire text,
  signature bytea,
  text text NOT NULL,
  extraction bytea NOT NULL,
  extractor text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dossier', coalesce(title, '')), 'A') || to_tsvector('dossier', text)
  ) STORED,
  UNIQUE (key, version)
);
CREATE UNIQUE INDEX documents_latest ON documents (key) WHERE latest;
CREATE INDEX documents_hash ON documents (hash) WHERE latest;
CREATE INDEX documents_fts ON documents USING gin (tsv) WHERE latest;

CREATE TABLE entities (
  doc bigint NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  entity_id text NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  country text,
  role text,
  affiliation text,
  PRIMARY KEY (doc, entity_id)
);
CREATE INDEX entities_entity ON entities (entity_id);

CREATE TABLE mentions (
  doc bigint NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  start integer NOT NULL,
  "end" integer NOT NULL,
  entity_id text NOT NULL,
  text text NOT NULL,
  rule text,
  PRIMARY KEY (doc, start, "end", entity_id)
);

CREATE TABLE claims (
  rowid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc bigint NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  claim_id text NOT NULL,
  event text NOT NULL,
  bucket text COLLATE "C" NOT NULL,
  agent_id text, agent_name text, agent_key text COLLATE "C" NOT NULL,
  recipient_id text, recipient_name text, recipient_key text COLLATE "C" NOT NULL,
  location_id text, location_name text,
  theme text,
  theme_classes text NOT NULL,
  theme_tokens text NOT NULL,
  q_min double precision, q_max double precision, q_approximate smallint, q_vague smallint, q_bound text, q_unit text,
  q_start integer, q_end integer, q_text text,
  t_value text, t_from text, t_to text, t_start integer, t_end integer, t_text text,
  ev_start integer NOT NULL, ev_end integer NOT NULL, ev_text text NOT NULL,
  tr_start integer, tr_end integer, tr_text text,
  certainty text NOT NULL,
  polarity text NOT NULL,
  status text NOT NULL,
  unit_no integer NOT NULL,
  unit_role text NOT NULL,
  rules text NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('dossier', ev_text || ' ' || coalesce(theme, ''))) STORED,
  UNIQUE (doc, ordinal)
);
CREATE INDEX claims_bucket ON claims (bucket);
CREATE INDEX claims_measure ON claims (event, agent_key, recipient_key);
CREATE INDEX claims_fts ON claims USING gin (tsv);

CREATE TABLE sources (
  claim bigint NOT NULL REFERENCES claims (rowid) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  source_id text,
  cue text,
  start integer NOT NULL,
  "end" integer NOT NULL,
  PRIMARY KEY (claim, position)
);

CREATE TABLE actors (
  alias text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  name text NOT NULL,
  n integer NOT NULL DEFAULT 1,
  PRIMARY KEY (alias, key)
);

CREATE TABLE events (
  id text COLLATE "C" PRIMARY KEY,
  bucket text COLLATE "C" NOT NULL,
  position integer NOT NULL,
  event text NOT NULL,
  agent_key text COLLATE "C" NOT NULL,
  recipient_key text COLLATE "C" NOT NULL,
  first_reported text COLLATE "C",
  last_reported text COLLATE "C",
  n_reports integer NOT NULL,
  n_sources integer NOT NULL,
  disagreement boolean NOT NULL,
  summary bytea NOT NULL
);
-- the ledger reads newest first (NULL dates last, as SQLite orders them)
CREATE INDEX events_bucket ON events (bucket);
CREATE INDEX events_recent ON events (first_reported DESC NULLS LAST, id DESC);
CREATE INDEX events_agent ON events (agent_key, first_reported DESC NULLS LAST, id DESC);
CREATE INDEX events_recipient ON events (recipient_key, first_reported DESC NULLS LAST, id DESC);
CREATE INDEX events_type ON events (event, first_reported DESC NULLS LAST, id DESC);

CREATE TABLE event_members (
  event text COLLATE "C" NOT NULL,
  claim bigint NOT NULL,
  PRIMARY KEY (event, claim)
);
CREATE INDEX event_members_claim ON event_members (claim);

CREATE TABLE dirty_buckets (bucket text COLLATE "C" PRIMARY KEY, gen bigint NOT NULL);
`,
  },
  {
    version: 2,
    name: 'attempts of queue jobs',
    // A worker's transaction that never commits (the worker was killed, ran out of memory) leaves no
    // trace in the queue: its job is simply taken again. Attempts are counted here, outside that
    // transaction, so a report that keeps killing its workers is failed instead of taken forever.
    sql: `
CREATE TABLE job_attempts (job uuid PRIMARY KEY, n integer NOT NULL, last_at timestamptz NOT NULL DEFAULT now());
`,
  },
  {
    version: 3,
    name: 'reviewers\' corrections; loose text identity; deleted documents; claim story, place, review',
    // the ledger's columns and tables of SQLite's migration 2 (../migrations.ts), in PostgreSQL's types
    sql: `
-- the text after a looser normalisation (store/normalise.ts contentHash): the same article saved
-- as HTML and as JSON is one report whatever its file name
ALTER TABLE documents ADD COLUMN content_hash text COLLATE "C";
-- deleted by a reviewer: kept (nothing stored is lost) but out of the ledger, search and listings
ALTER TABLE documents ADD COLUMN deleted boolean NOT NULL DEFAULT false;
CREATE INDEX documents_content ON documents (content_hash) WHERE latest;
DROP INDEX documents_fts;
CREATE INDEX documents_fts ON documents USING gin (tsv) WHERE latest AND NOT deleted;

ALTER TABLE claims
  ADD COLUMN location_country text,
  -- what a figure counts, for estimate series that never mix missiles with drones (ledger/themes.ts)
  ADD COLUMN unit_class text,
  ADD COLUMN story text,
  -- for casualties: who caused them, where the report says (a combat claim of the same sentence)
  ADD COLUMN cause_id text,
  ADD COLUMN cause_name text,
  -- a reviewer's verdict, applied at every extraction: rejected, the corrections applied, the fields corrected
  ADD COLUMN rejected smallint NOT NULL DEFAULT 0,
  ADD COLUMN review text NOT NULL DEFAULT '[]',
  ADD COLUMN corrected text NOT NULL DEFAULT '[]';

-- Reviewers' corrections, beside the extractions (which they never edit): kind, who, when, why,
-- and in data the claims they name (anchors), the fields set, the events they were made on.
CREATE TABLE corrections (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  author text NOT NULL,
  reason text NOT NULL,
  created_at text NOT NULL,
  data text NOT NULL
);
-- Which documents (by key, across versions) each correction touches.
CREATE TABLE correction_documents (
  document text COLLATE "C" NOT NULL,
  correction bigint NOT NULL REFERENCES corrections (id),
  PRIMARY KEY (document, correction)
);

-- events now carry their history, headline and disagreement rule: recompute them all
INSERT INTO dirty_buckets (bucket, gen)
  SELECT b, nextval('dirty_gen') FROM (SELECT DISTINCT bucket AS b FROM claims ORDER BY 1) s
  ON CONFLICT (bucket) DO NOTHING;
`,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
