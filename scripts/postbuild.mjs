// Build step after tsc: make the CLI executable. (Lexicons are read from src/lexicons at run time.)
import { chmodSync, existsSync } from 'node:fs';
const bin = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
