// The synthetic reports of the scale benchmarks (bench/scale.mjs, bench/serve.mjs): varied
// actors, events, figures, dates, outlets, attribution chains and wire copy, each with a hand-built
// dossier/1 extraction, from a seeded generator (mulberry32), so the same seed gives the same
// reports on every run and machine.

// ——— deterministic random numbers (mulberry32) ———
let seed = 20250626;
/** Restarts the sequence at s (reports from the same seed and index come out the same). */
export function reseed(s) {
  seed = s;
}
export function currentSeed() {
  return seed;
}
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

// ——— the world the reports describe ———
const COUNTRIES = [
  ['KP', 'North Korea', ['Pyongyang', 'the DPRK'], 'North Korean'], ['RU', 'Russia', ['Moscow', 'the Kremlin'], 'Russian'],
  ['UA', 'Ukraine', ['Kyiv'], 'Ukrainian'], ['IR', 'Iran', ['Tehran'], 'Iranian'], ['US', 'United States', ['Washington', 'the U.S.'], 'American'],
  ['GB', 'United Kingdom', ['London', 'Britain'], 'British'], ['DE', 'Germany', ['Berlin'], 'German'], ['FR', 'France', ['Paris'], 'French'],
  ['PL', 'Poland', ['Warsaw'], 'Polish'], ['CN', 'China', ['Beijing'], 'Chinese'], ['BY', 'Belarus', ['Minsk'], 'Belarusian'],
  ['SY', 'Syria', ['Damascus'], 'Syrian'], ['IL', 'Israel', ['Jerusalem'], 'Israeli'], ['AE', 'United Arab Emirates', ['Abu Dhabi', 'the UAE'], 'Emirati'],
  ['SD', 'Sudan', ['Khartoum'], 'Sudanese'], ['MM', 'Myanmar', ['Naypyitaw'], 'Myanmar'],
].map(([code, name, aliases, demonym]) => ({ id: `country:${code}`, name, aliases, demonym }));
const C = Object.fromEntries(COUNTRIES.map((c) => [c.id.slice(8), c]));

const PAIRS = [
  ['KP', 'RU'], ['RU', 'KP'], ['IR', 'RU'], ['RU', 'IR'], ['US', 'UA'], ['GB', 'UA'], ['DE', 'UA'], ['FR', 'UA'], ['PL', 'UA'],
  ['CN', 'RU'], ['BY', 'RU'], ['RU', 'SY'], ['US', 'IL'], ['AE', 'SD'], ['RU', 'MM'], ['CN', 'MM'], ['IR', 'SY'], ['RU', 'BY'],
];
const PEOPLE = ['troops', 'soldiers', 'military personnel', 'sappers', 'construction workers', 'military engineers', 'instructors'];
const GOODS = [
  ['artillery shells', 100_000, 3_000_000], ['ballistic missiles', 20, 400], ['attack drones', 100, 3_000], ['tanks', 10, 200],
  ['air defense systems', 2, 20], ['armoured vehicles', 20, 400], ['rocket launchers', 5, 80],
];
const OUTLETS = [
  'Capital Post', 'Metro Post', 'Seoul Ledger', 'Kyiv Observer', 'Eastern Tribune', 'Harbour Daily', 'Valley Times', 'Coast Herald',
  'Frontline Monitor', 'Gulf Monitor', 'Desert Post', 'Northern Star', 'Baltic Courier', 'Danube Daily', 'Pacific Report', 'Atlas Wire',
  'River Gazette', 'Morning Record', 'Evening Standard-Bearer', 'Steppe News', 'Lowland Times', 'Highland Herald', 'Continental Review',
  'Border Dispatch', 'Island Chronicle', 'Plains Journal', 'Delta Observer', 'Summit Weekly', 'Crossroads Daily', 'Meridian Press',
];
const WIRES = ['AP', 'Reuters', 'AFP'];
const SOURCE_ROLES = ['defence ministry', 'intelligence agency', 'foreign ministry', 'military officials', 'a senior official', 'the general staff'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const START = Date.UTC(2022, 2, 1);

// Real-world events that several reports describe, with noise in the figures.
export let WORLD = [];
/** The real-world events n reports describe (about one for every twelve reports). */
export function makeWorld(n) {
  WORLD = Array.from({ length: Math.max(50, Math.round(n / 12)) }, () => {
  const [a, r] = pick(PAIRS);
  const kind = rand();
  const at = START + int(0, 1_200) * DAY;
  if (kind < 0.35) return { event: 'deploy', agent: C[a], recipient: C[r], unit: pick(PEOPLE), figure: int(5, 150) * 100, at };
  if (kind < 0.8) {
    const [unit, lo, hi] = pick(GOODS);
    return { event: 'transfer', agent: C[a], recipient: C[r], unit, figure: int(lo, hi), at };
  }
  return { event: 'casualties', agent: C[a], recipient: null, unit: 'casualties', figure: int(10, 500) * 100, at };
  });
  return WORLD;
}


// ——— one synthetic report and its extraction ———
function fmt(n) {
  return n.toLocaleString('en-US');
}

class Text {
  constructor() {
    this.s = '';
  }
  add(part) {
    const start = this.s.length;
    this.s += part;
    return { start, end: this.s.length, text: part };
  }
}

/** Report i: its input (what a loader gives) and a hand-built dossier/1 extraction of it. */
export function report(i) {
  const w = pick(WORLD);
  const published = iso(w.at + int(0, 20) * DAY);
  const wire = rand() < 0.2 ? pick(WIRES) : null;
  const outlet = wire ? `${pick(OUTLETS)} (${wire})` : pick(OUTLETS);
  const t = new Text();
  const entities = new Map();
  const mention = (c, span) => {
    if (!c) return;
    const e = entities.get(c.id) ?? { id: c.id, name: c.name, type: 'country', country: c.id.slice(8), mentions: [] };
    e.mentions.push({ ...span, rule: 'gazetteer' });
    entities.set(c.id, e);
  };
  t.add(`${w.agent.name} ${w.event === 'casualties' ? 'losses' : 'and ' + (w.recipient?.name ?? '')} in focus\n\n`);
  if (wire && rand() < 0.5) t.add(`${pick(['SEOUL', 'KYIV', 'WASHINGTON', 'LONDON'])} (${wire}) — `);
  const own = rand() < 0.3;
  const sourceCountry = rand() < 0.5 ? w.agent : pick(COUNTRIES);
  const sourceName = `${sourceCountry.demonym} ${pick(SOURCE_ROLES)}`;
  const sourceSpan = own ? null : t.add(`The ${sourceName}`);
  if (!own) t.add(` said on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} that `);
  const evStart = t.s.length;
  const agentSpan = t.add(rand() < 0.3 ? pick(w.agent.aliases) : w.agent.name);
  mention(w.agent, agentSpan);
  const approximate = rand() < 0.4;
  const figure = Math.round(w.figure * (rand() < 0.2 ? 0.8 + rand() * 0.4 : 1));
  const planned = rand() < 0.25;
  const verb = w.event === 'casualties' ? ' has suffered ' : planned ? ' will send ' : pick([' sent ', ' has delivered ', ' supplied ', ' dispatched ']);
  t.add(' ');
  const trigger = t.add(verb.trim());
  t.add(' ');
  const claims = [];
  const quantities = [];
  const times = [];
  const split = w.event === 'deploy' && rand() < 0.2;
  const parts = split ? [[Math.round(figure / 6), 'sappers'], [figure - Math.round(figure / 6), 'military builders']] : [[figure, w.unit]];
  const qspans = parts.map(([n, unit], k) => {
    if (k) t.add(' and ');
    const q = t.add(`${approximate && !k ? 'about ' : ''}${fmt(n)} ${unit}`);
    quantities.push({ ...q, min: n, max: n, approximate: approximate && !k, vague: false, bound: null, unit, kind: 'count', rule: 'bench' });
    return { q, n, unit };
  });
  if (w.recipient) {
    t.add(' to ');
    mention(w.recipient, t.add(w.recipient.name));
  }
  let time = null;
  if (rand() < 0.6) {
    const d = new Date(w.at);
    t.add(' ');
    const span = t.add(`in ${MONTHS[d.getUTCMonth()]}`);
    const from = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    const to = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    time = { ...span, value: from.slice(0, 7), from, to };
    times.push({ ...span, type: 'DATE', value: time.value, from, to, rule: 'bench' });
  }
  const evidence = { start: evStart, end: t.s.length, text: t.s.slice(evStart) };
  t.add('. ');
  t.add(pick([
    'The claim could not be independently verified.',
    'Officials gave no further details about the timing or the route.',
    'The report comes as fighting intensifies along the front line.',
    'Neither government has commented publicly on the figures.',
  ]));
  t.add('\n');
  for (const { q, n, unit } of qspans) {
    claims.push({
      id: `c${claims.length + 1}`, evidence, event: w.event, trigger,
      agent: { id: w.agent.id, name: w.agent.name }, recipient: w.recipient ? { id: w.recipient.id, name: w.recipient.name } : null, location: null,
      theme: unit, quantity: { ...q, min: n, max: n, approximate: approximate && q === qspans[0].q, vague: false, bound: null, unit },
      time, sources: sourceSpan ? [{ name: sourceSpan.text, id: null, cue: 'said', ...sourceSpan }] : [],
      certainty: rand() < 0.2 ? 'probable' : 'certain', polarity: rand() < 0.03 ? 'negative' : 'positive',
      status: planned ? 'planned' : 'done', rules: ['bench'],
    });
  }
  const id = `bench-${String(i).padStart(6, '0')}`;
  const input = { id, text: t.s, outlet, published, url: `https://example.org/${id}` };
  const extraction = {
    format: 'dossier/1',
    document: { id, url: input.url, outlet, title: null, published, language: 'en', text: t.s },
    entities: [...entities.values()], times, quantities, claims,
  };
  return { input, extraction };
}
