// The quantity word lists, loaded once from src/lexicons/.
import { loadTsv } from '../../lexicons/load.js';
import { PhraseMatcher } from '../../lexicons/phrases.js';

export interface NumberWord {
  value: number;
  kind: 'digit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';
}

export type Bound = 'at-least' | 'at-most' | null;

export interface Approximator {
  words: string[];
  bound: Bound;
  position: 'before' | 'after';
}

export interface VagueAmount {
  words: string[];
  min: number | null;
  max: number | null;
}

let cached: QuantityLexicon | null = null;

export interface QuantityLexicon {
  numberWords: Map<string, NumberWord>;
  approximators: Approximator[];
  vague: VagueAmount[];
  /** the same, keyed by first word for a one-probe lookup per token */
  vagueMatcher: PhraseMatcher<VagueAmount>;
  /** currency symbol or code (as written, case kept) → ISO code */
  currencySymbols: Map<string, string>;
  currencyCodes: Map<string, string>;
  /** lower-cased currency words written after the number ("won", "rubles") → ISO code */
  currencyWords: Map<string, string>;
  measureUnits: Map<string, string>;
}

const words = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

export function quantityLexicon(): QuantityLexicon {
  if (cached) return cached;
  const numberWords = new Map<string, NumberWord>();
  for (const r of loadTsv('number-words.tsv')) numberWords.set(r.word, { value: Number(r.value), kind: r.kind as NumberWord['kind'] });
  const approximators = loadTsv('approximators.tsv').map((r) => ({
    words: words(r.phrase),
    bound: (r.bound || null) as Bound,
    position: (r.position || 'before') as 'before' | 'after',
  }));
  const vague = loadTsv('vague-amounts.tsv').map((r) => ({
    words: words(r.phrase),
    min: r.min ? Number(r.min) : null,
    max: r.max ? Number(r.max) : null,
  }));
  const currencySymbols = new Map<string, string>();
  const currencyCodes = new Map<string, string>();
  const currencyWords = new Map<string, string>();
  for (const r of loadTsv('currencies.tsv')) {
    if (r.kind === 'symbol') currencySymbols.set(r.form, r.code);
    else if (r.kind === 'code') currencyCodes.set(r.form, r.code);
    else currencyWords.set(r.form.toLowerCase(), r.code);
  }
  const measureUnits = new Map<string, string>();
  for (const r of loadTsv('measure-units.tsv')) measureUnits.set(r.word.toLowerCase(), r.kind);
  const vagueMatcher = new PhraseMatcher<VagueAmount>();
  for (const v of vague) vagueMatcher.add(v.words.join(' '), v);
  cached = { numberWords, approximators, vague, vagueMatcher, currencySymbols, currencyCodes, currencyWords, measureUnits };
  return cached;
}
