// What every group of routes is given: the store, its read-only catalogue, the serial writer, the
// extractor and the body size limit.
import type { Extractor } from '../ledger/ingest.js';
import type { Store } from '../store/store.js';
import type { Catalog } from './catalog.js';
import type { Registry } from './route.js';
import type { Writer } from './writer.js';

export interface ApiContext {
  store: Store;
  catalog: Catalog;
  writer: Writer;
  extract: Extractor;
  routes: Registry;
  bodyLimit: number;
}
