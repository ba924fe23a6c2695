// Finds quantities in a sentence: approximator + number (or range) + scale + currency + unit,
// and vague amounts ("thousands of …"). Classifies what is not a count (years, percentages,
// durations, ages, measures, model designators) so the claim layer can skip them.
import type { Doc, Token } from '../../doc.js';
import type { QuantityOut, TimeOut } from '../../format.js';
import { quantityLexicon, type Bound } from './lexicon.js';
import { loadList } from '../../lexicons/load.js';
import { readNumber, type NumberCore } from './numbers.js';
import { overlapsOf } from './overlaps.js';
import { partitiveWords, readUnit, type UnitPhrase } from './unit.js';
import { ageAfterName } from './ages.js';

type Kind = QuantityOut['kind'];

const RANGE_WORDS = new Set(['-', '–', '—', 'to']);
const YEAR_CONTEXT = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'before', 'after', 'during', 'through', 'the', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year']);
const AGE_CONTEXT = new Set(['aged', 'age', 'ages']);

interface Found {
  start: number;
  approx: { first: number; bound: Bound } | null;
  core: NumberCore;
  max: number | null;
  currency: string | null;
  /** token index after the number expression (range and currency included) */
  after: number;
  rule: string[];
}

let particles: Set<string> | null = null;
const particleVerbs = () => (particles ??= new Set(loadList('particle-verbs.txt')));

/** An approximator phrase ending right before token i. */
function approximatorBefore(tokens: Token[], i: number, from: number): { first: number; bound: Bound } | null {
  const { approximators } = quantityLexicon();
  let best: { first: number; bound: Bound } | null = null;
  for (const a of approximators) {
    if (a.position !== 'before') continue;
    const first = i - a.words.length;
    if (first < from) continue;
    // "handed over 195 troops": the particle of a phrasal verb
    if (a.words[0] === 'over' && first > from && particleVerbs().has(tokens[first - 1].lower)) continue;
    if (a.words.every((w, k) => tokens[first + k].lower === w) && (!best || first < best.first)) best = { first, bound: a.bound };
  }
  return best;
}

function approximatorAfter(tokens: Token[], i: number, end: number): { last: number; bound: Bound } | null {
  const { approximators } = quantityLexicon();
  for (const a of approximators) {
    if (a.position !== 'after') continue;
    const words = a.words[0].startsWith('-') ? ['-', a.words[0].slice(1)] : a.words;
    if (i + words.length <= end && words.every((w, k) => tokens[i + k].lower === w)) return { last: i + words.length, bound: a.bound };
  }
  return null;
}

function currencyAt(tokens: Token[], i: number): string | null {
  const { currencySymbols, currencyCodes } = quantityLexicon();
  const t = tokens[i];
  if (!t) return null;
  return currencySymbols.get(t.text) ?? currencyCodes.get(t.text) ?? null;
}

function currencyAfter(tokens: Token[], i: number, end: number): { code: string; last: number } | null {
  const { currencyCodes, currencyWords } = quantityLexicon();
  const t = tokens[i];
  if (!t || i >= end) return null;
  const code = currencyCodes.get(t.text);
  if (code) return { code, last: i + 1 };
  const two = tokens[i + 1] && i + 1 < end ? `${t.lower} ${tokens[i + 1].lower}` : '';
  if (two && currencyWords.has(two)) return { code: currencyWords.get(two)!, last: i + 2 };
  const word = currencyWords.get(t.lower);
  return word ? { code: word, last: i + 1 } : null;
}

/** Reads a number expression whose number starts at token i (after an optional currency symbol). */
function readExpression(tokens: Token[], i: number, end: number, from: number): Found | null {
  let currency = currencyAt(tokens, i);
  const coreAt = currency ? i + 1 : i;
  const core = readNumber(tokens, coreAt, end, Boolean(currency));
  if (!core) return null;
  const rule: string[] = [core.written];
  let after = core.last;
  let max = core.valueMax;
  let start = i;
  // between 3,000 and 4,000 / from 10,000 to 12,000
  const prev = tokens[i - 1];
  const between = prev && i - 1 >= from && (prev.lower === 'between' || prev.lower === 'from');
  const joiners = between && prev.lower === 'between' ? new Set([...RANGE_WORDS, 'and']) : RANGE_WORDS;
  if (max == null && after < end && joiners.has(tokens[after].lower)) {
    const secondAt = currencyAt(tokens, after + 1) ? after + 2 : after + 1;
    const second = readNumber(tokens, secondAt, end, Boolean(currency));
    if (second && second.valueMax == null) {
      let lo = core.value;
      // "2 to 3 million": the scale written once applies to both ends
      if (!core.scaled && second.scaled && lo < 1000) lo *= second.scale;
      if (second.value >= lo) {
        core.value = lo;
        max = second.value;
        after = second.last;
        rule.push('range');
      }
    }
  }
  if (between && (max != null || rule.includes('range'))) start = i - 1;
  if (!currency) {
    const suffix = currencyAfter(tokens, after, end);
    if (suffix) {
      currency = suffix.code;
      after = suffix.last;
    }
  }
  if (currency) rule.push('money');
  const approx = approximatorBefore(tokens, start, from);
  if (approx) start = approx.first;
  return { start, approx, core, max, currency, after, rule };
}

/** What kind of number this is, looking at its neighbours. */
function classify(doc: Doc, tokens: Token[], f: Found, from: number, end: number, times: TimeOut[]): Kind {
  const { measureUnits } = quantityLexicon();
  if (f.currency) return 'money';
  const c = f.core;
  const first = tokens[c.first];
  const next = tokens[f.after];
  const prev = tokens[c.first - 1];
  const text = doc.text;
  // "Marcus Hill, 23, was shot", "Tomasz Nowak (46)": an age after a person, before any other reading
  if (c.written === 'digits' && f.max == null && c.last === c.first + 1 && ageAfterName(doc, tokens, c.first, from, end)) return 'age';
  if (next && f.after < end) {
    // "at 10 a.m.", "two o'clock in the morning": a time of day; "4) prioritize …": an item number
    if (CLOCK_WORDS.has(next.lower)) return 'other';
    if (next.text === ')' && (!prev || c.first - 1 < from || /^[;:(]$/.test(prev.text))) return 'other';
    if (next.text === '%' || next.lower === 'percent' || (next.lower === 'per' && tokens[f.after + 1]?.lower === 'cent')) return 'percent';
    // "2000-pound bombs", "one-day visit", "25-year-old": a hyphenated measure modifier
    if ((next.text === '-' || next.text === '‑') && next.start === tokens[f.after - 1].end) {
      const w = tokens[f.after + 1];
      if (w && w.start === next.end) {
        const kind = measureUnits.get(w.lower);
        if (kind) return (kind === 'duration' && tokens[f.after + 2]?.text === '-' && tokens[f.after + 3]?.lower === 'old') ? 'age' : (kind as Kind);
        if (w.lower !== 'strong' && w.lower !== 'plus') return 'measure';
      }
    }
    const kind = measureUnits.get(next.lower);
    if (kind) {
      if (kind === 'duration' && tokens[f.after + 1]?.lower === 'old') return 'age';
      return kind as Kind;
    }
  }
  if (prev && c.first - 1 >= from && AGE_CONTEXT.has(prev.lower)) return 'age';
  // model designators: "Su-30", "Fath-360", "No10", "Challenger 2 tanks"
  const before = text[first.start - 1] ?? ' ';
  if (before === '-' && /[A-Za-z]/.test(text[first.start - 2] ?? '')) return 'other';
  if (prev && prev.end === first.start && /[A-Za-z]$/.test(prev.text)) return 'other';
  // (but "Ghana 800 troops and Senegal 500 police officers": a country before a count leaves out the verb)
  if (prev && c.first - 1 > from && prev.pos === 'PROPN' && /^[A-Z]/.test(prev.text) && c.written === 'digits' && !c.formatted && c.value < 1000 && !overlapsTime(prev, times) && !namesCountry(doc, prev)) return 'other';
  // years: "in 2022", "2015", but "1800 2000-pound bombs" and "sent 2000 troops" are counts
  // "roughly 1976 to 1983": a span of years
  if (c.written === 'digits' && !c.formatted && /^\d{4}$/.test(first.text) && c.value >= 1800 && c.value <= 2100 && f.max != null && f.max >= c.value && f.max <= 2100 && !(next && f.after < end && next.pos === 'NOUN')) return 'year';
  if (c.written === 'digits' && !c.formatted && /^\d{4}$/.test(first.text) && c.value >= 1800 && c.value <= 2100 && f.max == null) {
    const countish = (next && f.after < end && next.pos === 'NUM') || (next && f.after < end && (next.pos === 'NOUN' || next.pos === 'ADJ') && !(prev && YEAR_CONTEXT.has(prev.lower)));
    if (!countish) return 'year';
  }
  if (overlapsTime(first, times)) return 'other';
  return 'count';
}

/** Is the token part of a mention of a country ("Senegal")? Asked only of a name right before a number. */
const namesCountry = (doc: Doc, t: Token) => (doc.entities ?? []).some((e) => e.type === 'country' && e.mentions.some((m) => m.start <= t.start && t.end <= m.end));

const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'utc', 'a.m', 'p.m']);

const overlapsTime = (t: { start: number; end: number }, times: TimeOut[]) => overlapsOf(times).any(t.start, t.end);

function unitAfter(tokens: Token[], at: number, end: number, stop: (t: Token) => boolean): UnitPhrase | null {
  const t = tokens[at];
  if (!t || at >= end) return null;
  // partitives: "195 of its servicemen", "4,000 of those troops", "two of six new jets"
  if (t.lower === 'of') {
    const n = tokens[at + 1];
    if (!n) return null;
    if (partitiveWords().has(n.lower)) return n.pos === 'PRON' && n.lower !== 'its' && n.lower !== 'their' && n.lower !== 'his' && n.lower !== 'her' && n.lower !== 'our' ? null : readUnit(tokens, at + 2, end, stop);
    const inner = readNumber(tokens, at + 1, end);
    if (inner) return readUnit(tokens, inner.last, end, stop);
    return null;
  }
  return readUnit(tokens, at, end, stop);
}

export function scanSentence(doc: Doc, from: number, end: number, times: TimeOut[], out: QuantityOut[]): void {
  const tokens = doc.tokens!;
  const { vagueMatcher } = quantityLexicon();
  const stop = (t: Token) => overlapsTime(t, times);
  let i = from;
  while (i < end) {
    const t = tokens[i];
    // vague amounts: "thousands of troops", "several hundred North Koreans", "a vast amount of weapons"
    const v = vagueMatcher.at(tokens, i, end)?.value ?? null;
    if (v && !(tokens[i - 1]?.pos === 'NUM' && i > from)) {
      const at = i + v.words.length;
      const ofNext = tokens[at]?.lower === 'of' && at < end;
      // "thousands of troops", "several of the Russians", "several trainers"
      const unit = ofNext ? (partitiveWords().has(tokens[at + 1]?.lower ?? '') ? readUnit(tokens, at + 2, end, stop) : readUnit(tokens, at + 1, end, stop)) : readUnit(tokens, at, end, stop);
      const counts = v.min != null && v.words[v.words.length - 1] !== 'of';
      // "insurgents who have killed thousands": a vague amount as the object of a verb; "Thousands
      // have been detained", "Several hundred more crossed": as the subject of one
      const object = counts && i > from && (tokens[i - 1].pos === 'VERB' || (tokens[i - 1].pos === 'ADV' && tokens[i - 2]?.pos === 'VERB'));
      const more = tokens[at]?.lower === 'more' ? at + 1 : at;
      const subject = counts && !unit && ['AUX', 'VERB'].includes(tokens[more]?.pos ?? '') && !/ing$/.test(tokens[more]?.lower ?? '');
      if (unit || (counts && (ofNext || object || subject))) {
        const stopAt = unit ? unit.last : subject ? more : at;
        // "hundreds of millions of dollars": money
        const currency = unit ? quantityLexicon().currencyWords.get(tokens[unit.head].lower) : undefined;
        out.push(makeQuantity(doc, tokens, i, stopAt, { min: v.min, max: v.max, approximate: false, vague: true, bound: null, unit: currency ? null : unit, kind: currency ? 'money' : 'count', rule: 'vague', currency }));
        i = stopAt;
        continue;
      }
    }
    if (t.pos === 'NUM' || t.kind === 'number' || t.kind === 'currency' || t.pos === 'SYM' || /^[a-z]/.test(t.lower)) {
      const f = readExpression(tokens, i, end, from);
      if (f) {
        const kind = classify(doc, tokens, f, from, end, times);
        let last = f.after;
        let bound = f.approx?.bound ?? null;
        let approximate = Boolean(f.approx);
        const post = approximatorAfter(tokens, last, end);
        if (post && kind !== 'year') {
          last = post.last;
          approximate = true;
          bound = bound ?? post.bound;
        }
        let unit: UnitPhrase | null = null;
        if (kind === 'count') unit = unitAfter(tokens, last, end, stop);
        const spanEnd = unit ? unit.last : last;
        const min = f.core.value;
        const max = f.max ?? f.core.value;
        const rule = ['number', ...f.rule, ...(f.approx || post ? ['approx'] : [])].join(':');
        out.push(makeQuantity(doc, tokens, kind === 'count' || kind === 'money' ? f.start : f.core.first, spanEnd, {
          min, max, approximate, vague: false, bound, unit, kind, rule, currency: f.currency,
        }));
        i = Math.max(f.after, i + 1);
        continue;
      }
    }
    i++;
  }
}

interface Parts {
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  bound: Bound;
  unit: UnitPhrase | null;
  kind: Kind;
  rule: string;
  currency?: string | null;
}

function makeQuantity(doc: Doc, tokens: Token[], first: number, last: number, p: Parts): QuantityOut {
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  const unitSpan = p.unit ? { start: tokens[p.unit.first].start, end: tokens[p.unit.last - 1].end } : null;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    min: p.min,
    max: p.max,
    approximate: p.approximate,
    vague: p.vague,
    bound: p.bound,
    unit: p.currency ?? (unitSpan ? doc.text.slice(unitSpan.start, unitSpan.end) : null),
    unitSpan,
    kind: p.kind,
    rule: p.rule,
  };
}
