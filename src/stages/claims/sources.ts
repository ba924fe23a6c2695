// Source chains: the attributions holding a position, innermost (original) first, each source
// named by its entity when it has one (pronouns and "the lawmaker" resolved to who was named).
import type { EntityOut, SourceOut } from '../../format.js';
import type { Token } from '../../doc.js';
import { loadList, loadTsv } from '../../lexicons/load.js';
import type { Attribution } from './attribution.js';
import { holding, inSentence } from './holding.js';
import { orgKind } from './lexicon.js';
import { npStartingAt, type Range } from './np.js';
import { lexicon as entityLexicon, orgOfKind } from '../entities/lexicon.js';
import type { DocView } from './view.js';
import { dominantCountry } from './topic.js';

interface RoleNoun {
  matches: string[];
  type: string;
}

let roleNouns: Map<string, RoleNoun> | null = null;
let kindPhrases: Map<string, string> | null = null;
/** "intelligence service" → intelligence, "defence ministry" → defence-ministry (org-kinds.tsv) */
const kindOfPhrase = () => {
  if (!kindPhrases) {
    kindPhrases = new Map();
    for (const r of loadTsv('org-kinds.tsv')) for (const p of r.phrases.split('|')) kindPhrases.set(p.toLowerCase(), r.kind);
  }
  return kindPhrases;
};
let docNouns: Set<string> | null = null;
const documentNouns = () => (docNouns ??= new Set(loadList('document-nouns.txt')));
let speaksFor: string[] | null = null;
let speakers: Set<string> | null = null;
const speakerNouns = () => (speakers ??= new Set(loadList('speaker-nouns.txt')));
const singularOf = (w: string) => w.replace(/(?<=[a-z]{3})s$/, '');
const roles = () => (roleNouns ??= new Map(loadTsv('role-nouns.tsv').map((r) => [r.noun, { matches: r.matches.split(','), type: r.type }])));
/** Titles whose holder speaks for their institution: "[State Department, Vedant Patel]". */
const institutionalTitles = () => (speaksFor ??= loadList('institutional-titles.txt'));

export interface ResolvedSource {
  name: string;
  id: string | null;
  entity: EntityOut | null;
  range: Range;
}

const PRONOUNS_PERSON = new Set(['he', 'she', 'him', 'her', 'his']);
const PRONOUNS_SELF = new Set(['i', 'we', 'us']);
const LEADING_DETS = /^(?:a|an|the|one|some|two|three|several)\s+/i;

export class SourceResolver {
  /** person id → the source that briefed them ("Lee, who was briefed by the NIS") */
  readonly origins = new Map<string, ResolvedSource>();

  constructor(private v: DocView, private atts: Attribution[]) {
    this.findOrigins();
  }

  /** The chain of sources for token i, original first; [] in the outlet's own voice. */
  chainAt(i: number, exclude?: Range): SourceOut[] {
    const held = holding(this.atts, i)
      .filter((a) => !a.sources.some((r) => r.first <= i && i < r.last))
      .filter((a) => !exclude || !(a.cue.first >= exclude.first && a.cue.last <= exclude.last))
      .sort((a, b) => (a.content.last - a.content.first) - (b.content.last - b.content.first) || rank(a) - rank(b));
    const chain: ResolvedSource[] = [];
    for (const a of held) {
      for (const r of a.sources) {
        for (const s of this.resolve(r)) {
          if (!chain.some((c) => sameSource(c, s))) chain.push(s);
        }
      }
    }
    this.expandOrigin(chain);
    // a news outlet relays what others told it: it comes after them ("US officials … told the New
    // York Times", "a figure the Times reported")
    const outlet = (x: ResolvedSource) => orgKind(x.id) === 'outlet';
    const ordered = [...chain.filter((x) => !outlet(x)), ...chain.filter(outlet)];
    return ordered.map((s) => this.toOut(s, held));
  }

  private toOut(s: ResolvedSource, holding: Attribution[]): SourceOut {
    const a = holding.find((h) => h.sources.some((r) => r.first === s.range.first));
    const span = this.v.span(s.range.first, s.range.last);
    return { name: s.name, id: s.id, cue: a?.cueText ?? null, start: span.start, end: span.end };
  }

  /** Prepends who briefed the first source, and the institution a spokesperson speaks for. */
  private expandOrigin(chain: ResolvedSource[]): void {
    const first = chain[0];
    if (first?.id) {
      const origin = this.origins.get(first.id);
      if (origin && !chain.some((c) => sameSource(c, origin))) chain.unshift(origin);
    }
    for (let k = 0; k < chain.length; k++) {
      const inst = this.institutionOf(chain[k]);
      if (inst && !chain.some((c) => sameSource(c, inst))) {
        chain.splice(k, 0, inst);
        k++;
      }
    }
  }

  /** The institution a source speaks for (eval convention: "[State Department, Vedant Patel]",
   *  "[Houthis, Houthi spokesman]"): when its title is one that speaks for an institution, the
   *  organisation the role names (its affiliation, or one named in the description), else the words
   *  of the role that name one ("UNIFIL spokesman", "Police Chief", "a spokesman for the government"). */
  private institutionOf(s: ResolvedSource): ResolvedSource | null {
    const person = s.entity?.type === 'person' ? s.entity : null;
    if (s.entity && !person) return null;
    const role = person ? person.role ?? '' : this.v.text(s.range.first, s.range.last);
    if (!institutionalTitle(role)) return null;
    const affiliated = person?.affiliation ? this.v.entities.get(person.affiliation) : undefined;
    const named = affiliated ?? (!person ? this.v.mentionsIn(s.range.first, s.range.last).map((m) => m.entity).find((e) => e.type === 'organisation' || e.type === 'group') : undefined) ?? this.roleReferent(role, s.range.first);
    if (named) {
      const m = named.mentions[0];
      const [first, last] = this.v.tokenRange(m.start, m.end);
      return { name: named.name, id: named.id, entity: named, range: { first, last } };
    }
    const words = institutionWords(role);
    return words ? { name: words, id: null, entity: null, range: s.range } : null;
  }

  /** "a spokesman for the group", "an official of the ministry": the group, or the body of that
   *  kind (role-nouns.tsv), named last before i. */
  private roleReferent(role: string, i: number): EntityOut | undefined {
    const m = /\b(?:for|of) the (\w+)$/i.exec(role.trim());
    if (!m) return undefined;
    const noun = m[1].toLowerCase();
    const kind = roles().get(noun);
    const found = noun === 'group' ? this.recent(i, (x) => x.type === 'group') : kind && kind.type === 'organisation' ? this.recent(i, (x) => matchesRole(x, kind)) : null;
    return found ?? undefined;
  }

  private depth = 0;

  /** Resolves one source phrase to one or more sources ("lawmakers briefed by the NIS" → two). */
  resolve(r: Range): ResolvedSource[] {
    // "the statement said" refers back to an earlier source, which may refer back again: not forever
    if (this.depth > 3) return [];
    this.depth++;
    try {
      return this.resolveRange(r);
    } finally {
      this.depth--;
    }
  }

  private resolveRange(r: Range): ResolvedSource[] {
    const v = this.v;
    // "senators briefed by the nation's spy service"
    for (let k = r.first + 1; k < r.last - 1; k++) {
      if (v.tokens[k].lower === 'briefed' && v.tokens[k + 1].lower === 'by') {
        const by = npStartingAt(v, k + 2, r.last);
        const head = { first: r.first, last: k };
        return [...(by ? this.resolve(by) : []), ...this.resolve(head)];
      }
    }
    let last = r.last;
    // "Japan's Defense Intelligence Headquarters (DIH)": the acronym in brackets adds nothing
    if (v.tokens[last - 1]?.text === ')') {
      let k = last - 1;
      while (k > r.first && v.tokens[k].text !== '(') k--;
      if (k > r.first) last = k;
    }
    const range = { first: r.first, last };
    // "they said": everyone the last report named ("US officials … told the New York Times")
    if (last - r.first === 1 && v.tokens[r.first].lower === 'they') return this.lastSources(r.first, range);
    // "the Ministry of Defence in London": the institution, not the city it sits in; "officials in
    // Kyiv" name no institution and keep the city for their side
    const placed = v.mention[last - 1];
    const at = placed && (placed.entity.type === 'place' || placed.entity.type === 'country') ? placed.first - 1 : -1;
    if (at > r.first && ['in', 'at'].includes(v.tokens[at].lower)) {
      const inner = this.resolveOne({ first: r.first, last: at });
      if (inner?.entity) return [inner];
    }
    const one = this.resolveOne(range);
    return one ? [one] : [];
  }

  /** Resolves one source phrase: the first step that applies decides (undefined: does not apply). */
  private resolveOne(r: Range): ResolvedSource | null {
    const words = this.v.tokens.slice(r.first, r.last);
    const steps = [this.pronoun, this.named, this.countrysKind, this.issuer, this.byRole, this.kindOfTheReportsCountry];
    for (const step of steps) {
      const x = step.call(this, r, words);
      if (x !== undefined) return x;
    }
    const text = (demonymForm(this.v, r) ?? this.v.text(r.first, r.last)).replace(LEADING_DETS, '').trim();
    return text ? { name: text, id: null, entity: null, range: r } : null;
  }

  private found(e: EntityOut | null, r: Range): ResolvedSource | null {
    return e ? { name: e.name, id: e.id, entity: e, range: r } : null;
  }

  /** "we", "I", "our information": the speaker, already the source; "he", "she": the last person who
   *  spoke; "it": the subject of the cue in the same sentence ("Chad said it would send …"), the
   *  institution that last spoke, the subject of the sentence before ("It took delivery of …"). */
  private pronoun(r: Range, words: Token[]): ResolvedSource | null | undefined {
    if (words.length === 1 && PRONOUNS_SELF.has(words[0].lower)) return null;
    if (['our', 'my'].includes(words[0].lower)) return null;
    if (words.length === 1 && PRONOUNS_PERSON.has(words[0].lower)) {
      const said = this.lastSpeaker(r.first);
      return said ? { ...said, range: r } : this.found(this.recent(r.first, (e) => e.type === 'person'), r);
    }
    if (words.length !== 1 || (words[0].lower !== 'it' && words[0].lower !== 'its')) return undefined;
    const own = this.cueSubjectBefore(r.first);
    if (own) return this.found(own, r);
    const last = this.lastSources(r.first, r).find((x) => x.entity?.type !== 'person');
    if (last && (!last.entity || last.entity.type !== 'country')) return last;
    // (a news agency in a dateline is never what "it" stands for)
    const topic = words[0].text === 'It' ? this.previousSubject(r.first) : null;
    return this.found(topic ?? this.recent(r.first, (e) => e.type === 'organisation' && orgKind(e.id) !== 'outlet') ?? this.recent(r.first, (e) => e.type === 'country'), r);
  }

  /** A name: the person a phrase opens with ("Rep. Kim of the Labour Party" is Kim, not the party), else the name that ends it. */
  private named(r: Range): ResolvedSource | null | undefined {
    const v = this.v;
    const opening = v.mentionsIn(r.first, r.last)[0];
    if (opening && opening.entity.type === 'person' && opening.first <= r.first + 2 && opening.last < r.last && ['of', 'from', ','].includes(v.tokens[opening.last]?.lower ?? '')) return this.found(opening.entity, r);
    const head = v.mention[r.last - 1];
    return head && head.last === r.last ? this.found(head.entity, r) : undefined;
  }

  /** "the country's intelligence service": the organisation of that kind of the country in question. */
  private countrysKind(r: Range, words: Token[]): ResolvedSource | null | undefined {
    if (words.length < 4 || words[0].lower !== 'the' || words[1].lower !== 'country' || words[2].lower !== "'s") return undefined;
    const kind = kindOfPhrase().get(words.slice(3).map((w) => w.lower).join(' '));
    const cc = kind ? this.recent(r.first, (e) => Boolean(e.country))?.country : null;
    const org = kind && cc ? orgOfKind(entityLexicon(), cc, kind) : null;
    return org ? { name: org.name, id: org.id, entity: this.v.entities.get(org.id) ?? null, range: r } : undefined;
  }

  /** What a source issued stands for the source: "the latest UNHCR figures", "a report published by
   *  a British newspaper", "the statement" (the last source that made one). */
  private issuer(r: Range, words: Token[]): ResolvedSource | null | undefined {
    const v = this.v;
    if (!documentNouns().has(words[words.length - 1].lower)) return undefined;
    // the issuer named right before the noun: "the latest UNHCR figures", "the UN's report" (not a
    // name with a country in it: "the Nordic Defence Survey study")
    const inside = v.mentionsIn(r.first, r.last).filter((m) => (m.entity.type === 'organisation' || m.entity.type === 'country') && (m.last === r.last - 1 || (v.tokens[m.last]?.lower === "'s" && m.last + 1 >= r.last - 3)));
    if (inside.length === 1 && !words.some((w) => w.lower === 'and')) return this.found(inside[0].entity, r);
    let k = r.last;
    while (k < v.tokens.length && k < r.last + 8 && [',', 'which', 'that', 'is', 'was', 'are', 'regularly', 'conducted', 'compiled', 'prepared', 'run', 'published', 'issued', 'released', 'by', 'from', 'in'].includes(v.tokens[k].lower)) k++;
    const by = k > r.last ? npStartingAt(v, k, v.sentences[v.tokens[k - 1].sentence].last) : null;
    const issuer = by ? [...v.mentionsIn(by.first, by.last)].reverse().find((m) => m.entity.type === 'organisation') ?? v.mentionsIn(by.first, by.last)[0] : undefined;
    if (issuer) return this.found(issuer.entity, r);
    // "government figures", "official data": the report's own country
    const before = words.slice(0, -1).map((w) => w.lower).join(' ');
    const home = before && /\b(?:government|official|army|military|police|authorities)\b/.test(before) ? dominantCountry(v) : null;
    if (home) return { name: home.name, id: home.id, entity: v.entities.get(home.id ?? '') ?? null, range: r };
    return words[0].lower === 'the' ? this.lastSources(r.first, r).find((x) => x.entity && x.entity.type !== 'person') : undefined;
  }

  /** "the defence ministry said", "the foreign ministry" with no country named: the report's country's. */
  private kindOfTheReportsCountry(r: Range, words: Token[]): ResolvedSource | null | undefined {
    const start = words[0].lower === 'the' ? 1 : 0;
    const kind = kindOfPhrase().get(words.slice(start).map((w) => w.lower).join(' '));
    const cc = kind ? dominantCountry(this.v)?.id?.slice(8) : null;
    const org = kind && cc ? orgOfKind(entityLexicon(), cc, kind) : null;
    return org ? { name: org.name, id: org.id, entity: this.v.entities.get(org.id) ?? null, range: r } : undefined;
  }

  /** "the lawmaker", "The intelligence service", "the agency", "a top Russian official": the one described. */
  private byRole(r: Range, words: Token[]): ResolvedSource | null | undefined {
    const role = roles().get(words[words.length - 1].lower);
    if (!role) return undefined;
    // "The office said …" after "the United Nations human rights office said": the source named so before
    // ("Police said …": an organisation's noun alone, with no article, is as definite)
    const definite = words[0].lower === 'the' || (words.length === 1 && role.type === 'organisation');
    if (definite && words.length <= 3) {
      const before = this.sourceNamedWith(r.first, [words[words.length - 1].lower, ...role.matches]);
      if (before) return { ...before, range: r };
    }
    if (words.length > 5 || this.v.mentionsIn(r.first, r.last).some((m) => m.entity.type === 'person')) return undefined;
    const e = definite ? this.recent(r.first, (x) => matchesRole(x, role)) : this.described(r, role);
    return e ? this.found(e, r) : undefined;
  }

  /** An earlier source whose phrase holds one of `nouns` ("the United Nations human rights office",
   *  "Niger's state television" for "the broadcaster"). */
  private sourceNamedWith(i: number, nouns: string[]): ResolvedSource | null {
    // the sources of two words or more that hold a noun, latest attribution first, then in its order
    const found = new Set<SourceWithWord>();
    for (const n of new Set(nouns)) for (const x of this.sourcesWithWord().get(n) ?? []) if (x.a.cue.first < i && x.r.last <= i) found.add(x);
    for (const x of [...found].sort((p, q) => q.k - p.k || p.j - q.j)) {
      const s = this.resolve(x.r)[0];
      if (s) return s;
    }
    return null;
  }

  /** Sources of two words or more by each word they hold, built on first use. */
  private byWord: Map<string, SourceWithWord[]> | null = null;
  private sourcesWithWord(): Map<string, SourceWithWord[]> {
    if (this.byWord) return this.byWord;
    const byWord = new Map<string, SourceWithWord[]>();
    this.atts.forEach((a, k) =>
      a.sources.forEach((r, j) => {
        if (r.last - r.first < 2) return;
        const x = { a, r, k, j };
        for (const w of new Set(this.v.tokens.slice(r.first, r.last).map((t) => t.lower))) {
          let list = byWord.get(w);
          if (!list) byWord.set(w, (list = []));
          list.push(x);
        }
      }),
    );
    return (this.byWord = byWord);
  }

  /** The country or organisation that is the subject of a cue earlier in the same sentence
   *  ("the Ukrainian air force said it had …" → Ukraine). */
  private cueSubjectBefore(i: number): EntityOut | null {
    const si = this.v.tokens[i].sentence;
    for (const a of [...inSentence(this.atts, si)].reverse()) {
      if (a.cue.last > i) continue;
      for (const r of a.sources) {
        const m = this.v.mention[r.last - 1] ?? this.v.mentionsIn(r.first, r.last)[0];
        if (m && (m.entity.type === 'country' || m.entity.type === 'organisation' || m.entity.type === 'group')) return m.entity;
      }
    }
    return null;
  }

  /** The person a bare description names, anywhere in the report: "a top Russian official said". */
  /** People with a role, and the role's words, built on first use. */
  private withRoles: { e: EntityOut; roleWords: string[] }[] | null = null;

  private described(r: Range, role: RoleNoun): EntityOut | null {
    const v = this.v;
    if (role.type !== 'person') return null;
    const countries = new Set(v.mentionsIn(r.first, r.last).map((m) => m.entity.country ?? m.entity.id));
    const words = new Set(v.tokens.slice(r.first, r.last).map((t) => t.lower).filter((w) => w.length > 3 && !roles().has(w)));
    let best: EntityOut | null = null;
    this.withRoles ??= [...v.entities.values()].filter((e) => e.type === 'person' && e.role).map((e) => ({ e, roleWords: e.role!.toLowerCase().split(/[\s,]+/) }));
    for (const { e, roleWords } of this.withRoles) {
      const sameCountry = !countries.size || (e.country != null && countries.has(e.country));
      const shares = roleWords.some((w) => words.has(w)) || matchesRole(e, role);
      if (sameCountry && shares) {
        if (best) return null; // two candidates: do not guess
        best = e;
      }
    }
    return best;
  }

  /** The most recent person who was a source before token i, else the most recent person. */
  /** The last source before token i that is a person: named ("Saw Htoo Lay said"), or only
   *  described ("the security source told …", "a witness said"); organisations and countries are
   *  never "he" or "she". */
  private lastSpeaker(i: number): ResolvedSource | null {
    // latest cue first (ties in list order), from those whose cue starts by i
    this.byCueDown ??= [...this.atts].sort((a, b) => b.cue.first - a.cue.first);
    const all = this.byCueDown;
    for (let k = countAtLeast(all, i + 1, (a) => a.cue.first); k < all.length; k++) {
      const a = all[k];
      if (!(a.cue.last <= i && a.sources.every((x) => x.last <= i))) continue;
      for (const r of a.sources) {
        if (r.last - r.first === 1 && this.v.tokens[r.first].pos === 'PRON') continue;
        const s = this.resolve(r)[0];
        if (!s) continue;
        if (s.entity?.type === 'person') return s;
        if (!s.entity && speakerNouns().has(singularOf(this.v.tokens[r.last - 1].lower))) return s;
      }
    }
    return null;
  }

  /** The attributions by their cue's first token, latest first (ties in list order), built on first use. */
  private byCueDown: Attribution[] | null = null;
  /** Attributions with no pronoun for a source, by their cue's first token (ties: the first in list order last). */
  private namedCues: Attribution[] | null = null;

  private lastSources(i: number, r: Range): ResolvedSource[] {
    const pronoun = (x: Range) => x.last - x.first === 1 && ['they', 'it', 'he', 'she', 'we', 'i'].includes(this.v.tokens[x.first].lower);
    this.namedCues ??= this.atts
      .map((a, k) => ({ a, k }))
      .filter(({ a }) => !a.sources.some(pronoun))
      .sort((x, y) => x.a.cue.first - y.a.cue.first || y.k - x.k)
      .map(({ a }) => a);
    const all = this.namedCues;
    // the one whose cue starts last (by i), the first in list order of those starting together
    let best: Attribution | null = null;
    for (let k = countBelow(all, i + 1, (a) => a.cue.first) - 1; k >= 0 && !best; k--) {
      const a = all[k];
      if (a.cue.last <= i && a.sources.every((x) => x.last <= i)) best = a;
    }
    if (!best) return [];
    return best.sources.flatMap((x) => this.resolve(x)).map((s) => ({ ...s, range: r }));
  }

  /** The entity mentioned most recently before token i that passes `ok`. */
  /** The actor opening the sentence before token i's: "Serbia has bought …" → Serbia. */
  private previousSubject(i: number): EntityOut | null {
    const v = this.v;
    const si = v.tokens[i]?.sentence ?? 0;
    const prev = v.sentences[si - 1];
    if (!prev || v.sentences[si].first !== i) return null;
    const m = v.mention[prev.first];
    return m && ['country', 'organisation', 'group'].includes(m.entity.type) && orgKind(m.entity.id) !== 'outlet' ? m.entity : null;
  }

  private recent(i: number, ok: (e: EntityOut) => boolean): EntityOut | null {
    const v = this.v;
    const floor = Math.max(0, (v.sentences[v.tokens[i]?.sentence ?? 0]?.first ?? 0) - 400);
    for (let k = i - 1; k >= floor; k--) {
      const m = v.mention[k];
      if (m && ok(m.entity)) return m.entity;
    }
    return null;
  }

  /** "Park, who was briefed by …", "Park was speaking after he was briefed by …", "Park told reporters
   *  after a briefing by the spy agency": who briefed the person is the original source. */
  private findOrigins(): void {
    const v = this.v;
    for (const s of v.sentences) {
      for (let k = s.first + 1; k < s.last - 1; k++) {
        // "… who was briefed by X", "… after a briefing by X", "following a briefing from X"
        const briefed = v.tokens[k].lower === 'briefed' || v.tokens[k].lower === 'briefing';
        if (!briefed || !['by', 'from'].includes(v.tokens[k + 1].lower)) continue;
        const by = npStartingAt(v, k + 2, s.last);
        if (!by) continue;
        const person = [...v.mentionsIn(s.first, k)].reverse().find((m) => m.entity.type === 'person');
        const origin = this.resolve(by)[0];
        if (person && origin && !this.origins.has(person.entity.id)) this.origins.set(person.entity.id, origin);
      }
    }
  }
}

/** Does a role hold a title whose holder speaks for an institution (institutional-titles.txt)? */
/** "Haiti's civil protection agency" named as the eval names it: "Haitian civil protection agency"
 *  (a country's name and "'s" before the words of an unnamed body; not a capital's "Kyiv's"). */
function demonymForm(v: DocView, r: Range): string | null {
  const m = v.mention[r.first];
  if (!m || m.first !== r.first || m.entity.type !== 'country' || (m.rule !== 'name' && m.rule !== 'alias')) return null;
  if (v.tokens[m.last]?.lower !== "'s" || m.last + 1 >= r.last) return null;
  const code = m.entity.id.replace(/^country:/, '');
  const dem = entityLexicon().demonym.get(code);
  return dem ? `${dem} ${v.text(m.last + 1, r.last)}` : null;
}

const institutionalTitle = (role: string) => {
  const r = ` ${role.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ')} `;
  return institutionalTitles().some((t) => r.includes(` ${t} `));
};

let orgWords: Set<string> | null = null;
const ROLE_FILLER = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'for', 'of', 'to', 'at', 'with', 'and', 'deputy', 'senior', 'chief', 'top', 'former', 'acting', "'s"]);
/** The words of a role that name an institution: "UNIFIL spokesman" → UNIFIL, "a spokesman for the
 *  Central African government" → Central African government; none when nothing is left but titles. */
function institutionWords(role: string): string | null {
  orgWords ??= new Set(loadTsv('org-kinds.tsv').flatMap((r) => r.phrases.split('|').flatMap((p) => p.toLowerCase().split(/\s+/))));
  const kept = role.replace(/['’]s\b/g, '').split(/\s+/).filter((w) => {
    const l = w.toLowerCase().replace(/[.,]$/, '');
    return l && !ROLE_FILLER.has(l) && !institutionalTitle(l) && !/^(?:maj|col|lt|gen|brig|capt|sgt|cmdr|adm|insp|supt)\.?$/.test(l);
  });
  const text = kept.join(' ').replace(/[.,]$/, '').trim();
  const names = kept.some((w) => /^\p{Lu}/u.test(w) || orgWords!.has(w.toLowerCase()) || ['police', 'army', 'military', 'navy', 'guard', 'government', 'mission', 'force', 'forces'].includes(w.toLowerCase()));
  return text && names && kept.length <= 6 ? text : null;
}

let aliasWordsOf: Map<string, Set<string>> | null = null;
/** The words of an organisation's names in organisations.tsv: MONUSCO is a "mission", KFOR a "force". */
export const aliasWords = (id: string) => {
  aliasWordsOf ??= new Map(loadTsv('organisations.tsv').map((r) => [r.id, new Set(`${r.name}|${r.aliases}`.toLowerCase().split(/[\s|]+/).filter(Boolean))]));
  return aliasWordsOf.get(id);
};

interface SourceWithWord {
  a: Attribution;
  r: Range;
  /** the attribution's place in the list, the source's in the attribution */
  k: number;
  j: number;
}

/** The words of an entity's role, name, mentions and names in organisations.tsv, once per entity. */
const entityWords = new WeakMap<EntityOut, Set<string>>();
function wordsOf(x: EntityOut): Set<string> {
  let words = entityWords.get(x);
  if (!words) {
    const split = (t: string) => t.toLowerCase().split(/\s+/);
    words = new Set([...split(x.role ?? ''), ...split(x.name), ...x.mentions.flatMap((mm) => split(mm.text)), ...(aliasWords(x.id) ?? [])]);
    entityWords.set(x, words);
  }
  return words;
}

const matchesRole = (x: EntityOut, role: RoleNoun) => x.type === role.type && role.matches.some((m) => wordsOf(x).has(m));

const rank = (a: Attribution) => (a.kind === 'citing' ? 0 : 1);

/** How many items of `sorted` (ascending by `key`) have a key below x. */
function countBelow<T>(sorted: T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many items of `sorted` (descending by `key`) have a key of x or more. */
function countAtLeast<T>(sorted: T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) >= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const sameSource = (a: ResolvedSource, b: ResolvedSource) => (a.id && b.id ? a.id === b.id : a.name.toLowerCase() === b.name.toLowerCase());
