// The catalogue for a store: SQL over its SQLite file, or over its PostgreSQL tables.
import { PostgresStore } from '../store/postgres/store.js';
import type { Store } from '../store/store.js';
import { SqliteCatalog, type Catalog } from './catalog.js';
import { PgCatalog } from './catalog-pg.js';

export function openCatalog(store: Store): Catalog {
  return store instanceof PostgresStore ? new PgCatalog(store) : new SqliteCatalog(store.location);
}
