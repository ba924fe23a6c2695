// linkedom, loaded on first use (it takes ~0.2 s): a command that reads no HTML and no feed, or
// the CLI reading its arguments, does not pay for it.
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';

let lib: typeof Linkedom | null = null;

export function linkedom(): typeof Linkedom {
  return (lib ??= createRequire(import.meta.url)('linkedom') as typeof Linkedom);
}
