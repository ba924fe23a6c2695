// What a claim counts or moves, as classes that decide whether two claims can report the same
// event: "1,000 sappers" and "6,000 personnel" are both people; "shells" and "tanks" are different
// goods; "weapons" is goods in general and fits either. Word lists: ledger-theme-classes.tsv,
// ledger-casualty-kinds.tsv, ledger-theme-stopwords.txt.
import { loadList, loadTsv } from '../lexicons/load.js';
import { PhraseTable, terms } from './words.js';

let classTable: PhraseTable<string> | null = null;
let kindTable: PhraseTable<string> | null = null;
let stopwords: Set<string> | null = null;
let peopleTable: PhraseTable<string> | null = null;

function classes(): PhraseTable<string> {
  return (classTable ??= new PhraseTable(loadTsv('ledger-theme-classes.tsv').map((r) => [r.term, r.class] as [string, string])));
}
function kinds(): PhraseTable<string> {
  return (kindTable ??= new PhraseTable(loadTsv('ledger-casualty-kinds.tsv').map((r) => [r.term, r.kind] as [string, string])));
}
function people(): PhraseTable<string> {
  if (peopleTable) return peopleTable;
  const rows = loadTsv('ledger-people-kinds.tsv');
  for (const [i, r] of rows.entries()) if (!r.term || !r.kind) throw new Error(`lexicon ledger-people-kinds.tsv: row ${i + 2} needs a term and a kind`);
  return (peopleTable = new PhraseTable(rows.map((r) => [r.term, r.kind] as [string, string])));
}
function stops(): Set<string> {
  return (stopwords ??= new Set(loadList('ledger-theme-stopwords.txt').flatMap(terms)));
}

export interface ThemeInput {
  event: string;
  theme: string | null;
  unit: string | null;
  trigger: string | null;
}

const CURRENCY = /^[A-Z]{3}$/;

/** Classes of what a claim counts: money by currency, casualties by kind, else from the theme words. */
export function themeClasses(c: ThemeInput): string[] {
  if (c.unit && CURRENCY.test(c.unit)) return [`money:${c.unit}`];
  if (c.event === 'casualties') return [`casualties:${casualtyKind(c)}`];
  const found = classes().findAll(terms(`${c.unit ?? ''} , ${c.theme ?? ''}`));
  return [...new Set(found)].sort();
}

/** dead, wounded, captured, missing or casualties (in general, or when several kinds are named). */
export function casualtyKind(c: ThemeInput): string {
  // the trigger says what happened to them ("killed"); the theme may only say who ("soldiers")
  const fromTrigger = new Set(kinds().findAll(terms(c.trigger ?? '')));
  const found = fromTrigger.size ? fromTrigger : new Set(kinds().findAll(terms(`${c.unit ?? ''} , ${c.theme ?? ''}`)));
  if (found.size === 1) return [...found][0];
  return 'casualties';
}

/** Content words of the theme and unit, singular, without stopwords; sorted, distinct. */
export function themeTokens(c: ThemeInput): string[] {
  const unit = c.unit && !CURRENCY.test(c.unit) ? c.unit : '';
  const stop = stops();
  return [...new Set(terms(`${unit} ${c.theme ?? ''}`).filter((w) => !stop.has(w) && !/^\d+$/.test(w)))].sort();
}

/** Generic classes that contain their sub-classes: goods ⊃ goods:ammunition. */
function fits(a: string, b: string): boolean {
  return a === b || b.startsWith(a + ':') || a.startsWith(b + ':');
}

export interface Theme {
  classes: string[];
  tokens: string[];
  /** Which people are counted, when the words say (civilians, detainees, combatants …). */
  kinds?: string[];
}

/** Which people a claim's unit and theme count (ledger-people-kinds.tsv): "30 civilians" → civilians. */
export function peopleKinds(c: { unit: string | null; theme: string | null }): string[] {
  return [...new Set(people().findAll(terms(`${c.unit ?? ''} , ${c.theme ?? ''}`)))].sort();
}

/** Do two themes count the same people? A theme that names no kind fits any. */
export function kindsCompatible(a: Theme, b: Theme): boolean {
  const x = a.kinds ?? [];
  const y = b.kinds ?? [];
  return !x.length || !y.length || x.some((k) => y.includes(k));
}

/** The same thing counted: compatible classes and, for people, the same kind of people. */
export function sameThing(a: Theme, b: Theme): boolean {
  return themesCompatible(a, b) && kindsCompatible(a, b);
}

/**
 * Can two themes describe the same thing? Classes decide when both sides have one; otherwise
 * the themes must share a content word ("Pantsir system" and "Pantsir S-1 air defense system");
 * a side that names nothing ("sent them") fits anything.
 */
export function themesCompatible(a: Theme, b: Theme): boolean {
  if (a.classes.length && b.classes.length) return a.classes.some((x) => b.classes.some((y) => fits(x, y)));
  if (!a.tokens.length || !b.tokens.length) return true;
  // Only one side is classed: a shared word still ties them ("Pantsir" is not in the class list).
  return a.tokens.some((t) => b.tokens.includes(t));
}

/** Does a claim's class fall under a class asked for (a filter "casualties" takes every kind)? */
export function classMatches(claimClasses: string[], wanted: string): boolean {
  return claimClasses.some((c) => c === wanted || c.startsWith(wanted + ':') || (wanted === 'goods' && c.startsWith('goods')));
}

/** The class a unit word names, for estimate filters: "troops" → people, "killed" → casualties:dead. */
export function classOfUnitWord(word: string): string | null {
  const t = terms(word);
  if (!t.length) return null;
  if (/^casualt/.test(t[0])) return 'casualties';
  const kind = kinds().findAll(t)[0];
  if (kind) return `casualties:${kind}`;
  if (CURRENCY.test(word.trim().toUpperCase()) && word.trim().length === 3) return `money:${word.trim().toUpperCase()}`;
  return classes().findAll(t)[0] ?? null;
}

/** What a figure counts, for estimate series: its first class, else "unit:" and the unit's head word
 *  ("Fath-360 ballistic missiles" → goods:missiles; "aid trucks" → unit:truck). */
export function unitClassOf(classes: readonly string[], unit: string | null): string | null {
  if (classes.length) return classes[0];
  const w = terms(unit ?? '');
  return w.length ? `unit:${w[w.length - 1]}` : null;
}
