// Times without a calendar value: "now", "recently", "soon", "in the future", "in recent months"
// (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF), and "at the time", which points back.
import { COUNT, REF, REFS, alternation, key } from '../lexicon.js';
import type { Parser } from '../types.js';
import { back, cand, lookBack, re } from './util.js';

const COUNT_NEXT = new RegExp(`^\\s+(?:${COUNT})\\b`, 'i');

// The last words of the phrases: the pattern finds them, then reads the whole phrase backwards.
const LAST_WORDS = alternation(new Set([...REFS.keys()].map((p) => p.split(' ').pop()!)));
const REF_ENDING = back(`\\b(?:${REF})`);

/** Phrases from src/lexicons/time-refs.tsv. */
export const reference: Parser = {
  name: 'reference',
  pattern: re(`\\b(?:${LAST_WORDS})\\b`),
  read(m0, text) {
    const end = m0.index + m0[0].length;
    const m = lookBack(text, end, REF_ENDING, 48);
    if (!m[0]) return null;
    const phrase = key(m[0]);
    const after = text.slice(end, end + 12);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // "now-defunct", "as soon as", "soon after the attack", "shortly before": not times of their own
    if (/^-\w/.test(after)) return null;
    if (phrase === 'soon' && (/\bas\s+$/i.test(before) || /^\s+(?:after|afterwards|before)\b/i.test(after))) return null;
    if (phrase === 'shortly' && /^\s+(?:after|afterwards|before|thereafter)\b/i.test(after)) return null;
    // "the future of Ukraine", "the past of the region": a noun, not a time
    if (/^the (future|past)$/.test(phrase) && /^\s+of\b/i.test(after)) return null;
    // "the past five trading days" is a duration (durations.ts)
    if (/^the (past|future)$/.test(phrase) && COUNT_NEXT.test(text.slice(end, end + 24))) return null;
    return cand(m.index, end, 'reference', { kind: 'ref', value: REFS.get(phrase)! });
  },
};

/** "at the time", "at that time": the time the text last named ("In 2018, … at the time"). */
export const atTheTime: Parser = {
  name: 'at-the-time',
  pattern: re(`\\bat\\s+(?:the|that)\\s+time\\b`),
  read(m, text) {
    const end = m.index + m[0].length;
    // "at the time the US revealed …", "at the time of the attack": anchored to an event, not a time
    if (/^\s+(?:of|the|a|an|when|that|this|these|it|he|she|they|we|[A-Z])/.test(text.slice(end, end + 8))) return null;
    return cand(m.index, end, 'at-the-time', { kind: 'anaphor' });
  },
};


const DAY_SHIFT: Record<string, number> = { before: -1, previous: -1, preceding: -1, after: 1, next: 1, following: 1 };
const DAY_BEFORE = back(`(?:\\b(?:earlier|later|late|early)\\s+in\\s+the|\\b(?:on\\s+)?the\\s+(same|previous|preceding|next|following)|\\b(the))\\s+`);

/** "later in the day", "the same day", "the day before", "the next day": a day counted from the
 *  last one the text named. */
export const anaphoricDay: Parser = {
  name: 'anaphoric-day',
  pattern: re(`\\bday\\b(?:\\s+(before|after)\\b)?`),
  read(m, text) {
    const pre = lookBack(text, m.index, DAY_BEFORE, 32);
    if (!pre[0]) return null;
    const bare = Boolean(pre[2]);
    // "the day" alone names no day; "the day after the attack" is anchored to an event
    if (bare && (!m[1] || /^\s+(?:the|a|an|his|her|their|its|of|when|that|it|he|she|they)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))) return null;
    const end = bare ? m.index + m[0].length : m.index + 3;
    const word = (bare ? m[1] : pre[1] ?? '').toLowerCase();
    const start = /^on\s/i.test(pre[0]) ? pre.index + 3 : pre.index;
    return cand(start, end, 'anaphoric-day', { kind: 'anaphor', dayShift: DAY_SHIFT[word] ?? 0 });
  },
};
