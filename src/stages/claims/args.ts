// The arguments of a trigger, read from where its frame puts them: subject, object, "X with Y",
// "to X", "from X", "by X", a possessor or demonym of a nominal event, a purpose "to support X".
import type { ActorRef } from '../../format.js';
import { actorIn, actorsIn, type ActorHit } from './actors.js';
import { npEndingAt, npStartingAt, skipLeft, subjectBefore, type Range } from './np.js';
import { readThemeList, type ThemeItem } from './themes.js';
import type { Trigger } from './triggers.js';
import type { DocView } from './view.js';

export interface Args {
  agent: ActorHit | null;
  /** the agent phrase as written, for agents that are not entities ("donors") */
  agentText: string | null;
  recipient: ActorHit | null;
  location: ActorRef | null;
  theme: ThemeItem[];
  /** where the theme was read: object, subject (passive, intransitive), of (nominal) */
  themeFrom: 'object' | 'subject' | 'of' | 'self' | null;
}

const PURPOSE = new Set(['support', 'help', 'back', 'assist', 'aid', 'bolster', 'boost', 'strengthen', 'reinforce', 'augment', 'arm', 'supply', 'equip']);
const TO_PREPS = new Set(['to', 'for', 'into']);

/** The noun phrase of a subject of the verb group starting at g, through coordinated verbs. */
function subjectOf(v: DocView, t: Trigger): Range | null {
  const lo = t.clause.first;
  let g = t.group.first;
  const before = skipLeft(v, g - 1, lo);
  // "… and possibly transfer": the subject of the first verb of the coordination
  if (before >= lo && (v.tokens[before].lower === 'and' || v.tokens[before].lower === 'or')) {
    for (let k = before - 1; k >= lo; k--) {
      const x = v.tokens[k];
      if (x.pos === 'VERB' || x.pos === 'AUX') {
        let h = k;
        while (h - 1 >= lo && (v.tokens[h - 1].pos === 'AUX' || v.tokens[h - 1].pos === 'ADV' || v.tokens[h - 1].pos === 'PART')) h--;
        g = h;
        break;
      }
    }
  }
  // "whose military … is believed to have suffered": the owner before "whose"
  const subj = subjectBefore(v, g, lo);
  const k0 = subj ? subj.first - 1 : skipLeft(v, g - 1, lo);
  const w = v.tokens[subj ? subj.first : k0];
  if (w && w.lower === 'whose') return relativeHead(v, subj ? subj.first : k0, v.sentences[w.sentence].first);
  if (subj && subj.last - subj.first === 1 && ['which', 'who', 'that'].includes(v.tokens[subj.first].lower)) return relativeHead(v, subj.first, v.sentences[w.sentence].first);
  if (!subj) {
    const r = skipLeft(v, g - 1, v.sentences[v.tokens[t.first].sentence].first);
    if (r >= 0 && ['which', 'who', 'that', 'whose'].includes(v.tokens[r]?.lower)) return relativeHead(v, r, v.sentences[v.tokens[t.first].sentence].first);
  }
  return subj;
}

/** The phrase a relative pronoun at k refers to: the noun phrase just before it. */
function relativeHead(v: DocView, k: number, lo: number): Range | null {
  let j = k - 1;
  if (j >= lo && v.tokens[j].text === ',') j--;
  return j >= lo ? npEndingAt(v, j, lo) : null;
}

/** Prepositional phrases after position i in the clause: to/for/into/in/from/by/with X. */
function readPPs(v: DocView, i: number, hi: number): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (let k = i; k < hi; k++) {
    const t = v.tokens[k];
    if (t.text === ';' || ['that', 'which', 'who', 'while', 'although', 'but'].includes(t.lower)) break;
    // purpose: "to support Russia's war efforts", "to help Kyiv's forces"
    if (t.lower === 'to' && PURPOSE.has(v.tokens[k + 1]?.lower ?? '')) {
      const np = npStartingAt(v, k + 2, hi);
      if (np) push(out, 'purpose', np);
      continue;
    }
    if (t.pos !== 'ADP' && t.lower !== 'to') continue;
    const np = npStartingAt(v, k + 1, hi);
    if (np) push(out, t.lower, np);
  }
  return out;
}

const push = (m: Map<string, Range[]>, k: string, r: Range) => m.set(k, [...(m.get(k) ?? []), r]);

/** The first actor among the phrases of the given prepositions, in order of the list. */
function firstActor(v: DocView, pps: Map<string, Range[]>, preps: string[], exclude?: ActorHit | null): ActorHit | null {
  for (const p of preps) {
    for (const r of pps.get(p) ?? []) {
      const hit = actorsIn(v, r).find((h) => !exclude || h.actor.id !== exclude.actor.id);
      if (hit) return hit;
    }
  }
  return null;
}

export function readArgs(v: DocView, t: Trigger): Args {
  const f = t.entry.frame;
  const hi = t.clause.last;
  const empty: Args = { agent: null, agentText: null, recipient: null, location: null, theme: [], themeFrom: null };
  if (f === 'noun') return nounArgs(v, t);
  const subj = subjectOf(v, t);
  let k = t.last;
  while (k < hi && v.tokens[k].pos === 'ADV') k++;
  const args = { ...empty };
  if (t.passive || f === 'go' || f === 'die') {
    // theme in subject position: "troops were sent", "100 soldiers have been killed", "1,000 engineers arrived"
    if (subj) {
      args.theme = readThemeList(v, subj.first, subj.last);
      args.themeFrom = 'subject';
    } else if (t.reduced) {
      const np = npEndingAt(v, t.first - 1, t.clause.first);
      if (np) {
        args.theme = readThemeList(v, np.first, np.last);
        args.themeFrom = 'subject';
      }
    }
    const pps = readPPs(v, k, hi);
    const by = firstActor(v, pps, ['by']);
    const inTheme = subj ? actorIn(v, subj) : null;
    if (f === 'die') args.agent = inTheme;
    else if (f === 'go' && t.entry.event === 'other') {
      // "fled Ukraine": the place left is the agent; "fled to Hungary": the place reached the recipient
      const obj = npStartingAt(v, k, hi);
      args.agent = obj ? actorIn(v, obj) : null;
      args.agent ??= firstActor(v, pps, ['from']);
      args.recipient = firstActor(v, pps, ['to', 'into']);
    } else {
      args.agent = by ?? (inTheme && inTheme.mention.rule === 'demonym' ? inTheme : null);
      args.recipient = firstActor(v, pps, ['to', 'into', 'in', 'for', 'purpose'], args.agent);
    }
    args.location = placeIn(v, pps, ['to', 'in', 'into', 'at']);
    return args;
  }
  // active frames: agent = subject
  const subjActor = subj ? actorIn(v, subj) : null;
  if (f === 'receive') args.recipient = subjActor;
  else args.agent = subjActor;
  if (!subjActor && subj) args.agentText = v.text(subj.first, subj.last);
  // "provided North Korea with air defense systems": recipient, then "with", then the theme
  const obj = npStartingAt(v, k, hi, false);
  if (obj && v.tokens[obj.last]?.lower === 'with' && f === 'give') {
    args.recipient = actorIn(v, obj);
    args.theme = readThemeList(v, obj.last + 1, hi);
  } else if (f === 'meet') {
    args.recipient = obj ? actorIn(v, obj) : null;
  } else if (v.tokens[k]?.lower === 'to' && f === 'give') {
    // "provided to Moscow"
    const r = npStartingAt(v, k + 1, hi);
    args.recipient = r ? actorIn(v, r) : null;
  } else args.theme = readThemeList(v, k, hi);
  args.themeFrom = args.theme.length ? 'object' : null;
  // no object after the verb: a relative clause's head is the theme ("missiles that Tehran provided")
  if (!args.theme.length && (f === 'give' || f === 'receive')) {
    const rel = relativeObject(v, t);
    if (rel) {
      args.theme = readThemeList(v, rel.first, rel.last);
      args.themeFrom = 'object';
    }
  }
  const after = args.theme.length ? args.theme[args.theme.length - 1].last : k;
  const pps = readPPs(v, after, hi);
  const agent = args.agent ?? args.recipient;
  if (f === 'give' || f === 'act') args.recipient ??= firstActor(v, pps, ['to', 'into', 'for', 'purpose', 'in'], agent);
  if (f === 'receive') args.agent ??= firstActor(v, pps, ['from'], args.recipient) ?? demonymIn(v, args.theme, args.recipient);
  if (f === 'meet') args.recipient ??= firstActor(v, pps, ['with', 'to'], agent);
  if (f === 'kill') args.agent = args.theme.length ? actorIn(v, args.theme[0]) : null;
  args.location = placeIn(v, pps, ['in', 'to', 'into', 'at']);
  return args;
}

/** "missiles that Tehran is said to have provided to Moscow" → "missiles". */
function relativeObject(v: DocView, t: Trigger): Range | null {
  const s = v.sentences[v.tokens[t.first].sentence];
  for (let k = t.group.first - 1; k > s.first && k > t.group.first - 6; k--) {
    if (['that', 'which'].includes(v.tokens[k].lower)) return npEndingAt(v, k - 1, s.first);
  }
  return null;
}

/** A demonym or national adjective inside the theme: "Russian Su-35 jets", "Swedish package". */
function demonymIn(v: DocView, items: ThemeItem[], not: ActorHit | null): ActorHit | null {
  for (const it of items) {
    const hit = actorsIn(v, it).find((h) => !not || h.actor.id !== not.actor.id);
    if (hit) return hit;
  }
  return null;
}

function placeIn(v: DocView, pps: Map<string, Range[]>, preps: string[]): ActorRef | null {
  for (const p of preps) for (const r of pps.get(p) ?? []) for (const h of actorsIn(v, r)) if (h.place) return h.place;
  return null;
}

/**
 * Nominal events: "North Korea's planned deployment of thousands of workers to Russia's Kursk
 * region", "the North Korean dispatch of combat troops", "the US allocation of €43.1 billion",
 * "€67 billion from the United States", "the supply of ballistic missiles to the Russian Federation".
 */
function nounArgs(v: DocView, t: Trigger): Args {
  const hi = t.clause.last;
  const s = v.sentences[v.tokens[t.first].sentence];
  const args: Args = { agent: null, agentText: null, recipient: null, location: null, theme: [], themeFrom: null };
  // possessor or modifier before the noun, inside its phrase, past "planned", "likely", "first"
  let m = t.first - 1;
  while (m >= s.first && (v.tokens[m].pos === 'ADJ' || (v.tokens[m].pos === 'VERB' && /ed$/.test(v.tokens[m].lower))) && !v.mention[m]) m--;
  const np = m >= s.first ? npEndingAt(v, m, Math.max(s.first, t.clause.first)) : null;
  if (np) args.agent = actorIn(v, np);
  let k = t.last;
  if (v.tokens[k]?.lower === 'of') {
    args.theme = readThemeList(v, k + 1, hi);
    args.themeFrom = 'of';
  }
  // aid, assistance, support, package: the noun is itself what moves ("military aid to Ukraine")
  if (!args.theme.length && t.entry.event === 'transfer') {
    const whole = { first: np ? np.first : t.first, last: t.last };
    args.theme = [{ ...whole, head: t.last - 1, separate: false, people: false }];
    args.themeFrom = 'self';
  }
  const after = args.theme.length ? Math.max(t.last, args.theme[args.theme.length - 1].last) : t.last;
  const pps = readPPs(v, after, hi);
  args.agent ??= firstActor(v, pps, ['by', 'from']);
  args.recipient = firstActor(v, pps, ['to', 'for', 'into', 'purpose'], args.agent);
  if (t.entry.event === 'casualties' && !args.agent) args.agent = firstActor(v, pps, ['among', 'of', 'in']);
  args.location = placeIn(v, pps, ['to', 'in', 'into']);
  return args;
}
