// Deterministic training of the small linear models Dossier uses (src/stages/claims/learn/model.ts):
// logistic regression (binary), multinomial logistic regression (classes) and a softmax ranker
// (one gold candidate among several), by AdaGrad with L2, in a seeded order. Same data, same weights.

/** A seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n, rand) {
  const idx = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

/** Features seen in fewer than `min` examples are dropped: they would only memorise. */
export function frequentFeatures(lists, min = 2) {
  const n = new Map();
  for (const l of lists) for (const f of new Set(l)) n.set(f, (n.get(f) ?? 0) + 1);
  return new Set([...n].filter(([, c]) => c >= min).map(([f]) => f));
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const DEFAULTS = { epochs: 15, rate: 0.2, l2: 1e-3, seed: 7 };

/** examples: [{ f: string[], y: 0|1 }] → { bias, w } */
export function trainBinary(examples, opts = {}) {
  const { epochs, rate, l2, seed } = { ...DEFAULTS, ...opts };
  const keep = frequentFeatures(examples.map((e) => e.f));
  const w = new Map(), g2 = new Map();
  let bias = 0, gb = 1e-8;
  const rand = rng(seed);
  for (let ep = 0; ep < epochs; ep++) {
    for (const i of shuffled(examples.length, rand)) {
      const { f, y } = examples[i];
      const fs = f.filter((x) => keep.has(x));
      let z = bias;
      for (const x of fs) z += w.get(x) ?? 0;
      const g = sigmoid(z) - y;
      gb += g * g;
      bias -= (rate / Math.sqrt(gb)) * g;
      for (const x of fs) {
        const wx = w.get(x) ?? 0;
        const gx = g + l2 * wx;
        const acc = (g2.get(x) ?? 1e-8) + gx * gx;
        g2.set(x, acc);
        w.set(x, wx - (rate / Math.sqrt(acc)) * gx);
      }
    }
  }
  return { bias, w: Object.fromEntries(w) };
}

export const predictBinary = (m, f) => { let z = m.bias; for (const x of f) z += m.w[x] ?? 0; return sigmoid(z); };

/** examples: [{ f, y: class index }] → { bias: number[], w: { feature: number[] } } */
export function trainMulticlass(examples, nClasses, opts = {}) {
  const { epochs, rate, l2, seed } = { ...DEFAULTS, ...opts };
  const keep = frequentFeatures(examples.map((e) => e.f));
  const w = new Map(), g2 = new Map();
  const bias = new Array(nClasses).fill(0), gb = new Array(nClasses).fill(1e-8);
  const rand = rng(seed);
  for (let ep = 0; ep < epochs; ep++) {
    for (const i of shuffled(examples.length, rand)) {
      const { f, y } = examples[i];
      const fs = f.filter((x) => keep.has(x));
      const z = bias.slice();
      for (const x of fs) { const row = w.get(x); if (row) for (let c = 0; c < nClasses; c++) z[c] += row[c]; }
      const p = softmax(z);
      for (let c = 0; c < nClasses; c++) {
        const g = p[c] - (c === y ? 1 : 0);
        gb[c] += g * g;
        bias[c] -= (rate / Math.sqrt(gb[c])) * g;
        for (const x of fs) {
          let row = w.get(x); if (!row) w.set(x, (row = new Array(nClasses).fill(0)));
          let acc = g2.get(x); if (!acc) g2.set(x, (acc = new Array(nClasses).fill(1e-8)));
          const gx = g + l2 * row[c];
          acc[c] += gx * gx;
          row[c] -= (rate / Math.sqrt(acc[c])) * gx;
        }
      }
    }
  }
  return { bias, w: Object.fromEntries(w) };
}

export function predictMulticlass(m, f) {
  const z = m.bias.slice();
  for (const x of f) { const row = m.w[x]; if (row) for (let c = 0; c < z.length; c++) z[c] += row[c]; }
  const p = softmax(z);
  return p.indexOf(Math.max(...p));
}

/** groups: [{ cands: string[][], gold: index }] → { w } */
export function trainRank(groups, opts = {}) {
  const { epochs, rate, l2, seed } = { ...DEFAULTS, ...opts };
  const keep = frequentFeatures(groups.flatMap((g) => g.cands));
  const w = new Map(), g2 = new Map();
  const rand = rng(seed);
  for (let ep = 0; ep < epochs; ep++) {
    for (const i of shuffled(groups.length, rand)) {
      const { cands, gold } = groups[i];
      const fs = cands.map((f) => f.filter((x) => keep.has(x)));
      const p = softmax(fs.map((f) => f.reduce((s, x) => s + (w.get(x) ?? 0), 0)));
      const grad = new Map();
      fs.forEach((f, k) => { const g = p[k] - (k === gold ? 1 : 0); for (const x of f) grad.set(x, (grad.get(x) ?? 0) + g); });
      for (const [x, g0] of grad) {
        const wx = w.get(x) ?? 0;
        const gx = g0 + l2 * wx;
        const acc = (g2.get(x) ?? 1e-8) + gx * gx;
        g2.set(x, acc);
        w.set(x, wx - (rate / Math.sqrt(acc)) * gx);
      }
    }
  }
  return { w: Object.fromEntries(w) };
}

export function predictRank(m, cands) {
  const s = cands.map((f) => f.reduce((a, x) => a + (m.w[x] ?? 0), 0));
  return s.indexOf(Math.max(...s));
}

export function softmax(z) {
  const hi = Math.max(...z);
  const e = z.map((x) => Math.exp(x - hi));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

/** Rounds weights to 4 decimals and drops the ones that round to zero: a small, stable file. */
export function compact(weights) {
  const out = {};
  for (const k of Object.keys(weights).sort()) {
    const v = weights[k];
    if (Array.isArray(v)) { const r = v.map((x) => Math.round(x * 1e4) / 1e4); if (r.some((x) => x !== 0)) out[k] = r; }
    else { const r = Math.round(v * 1e4) / 1e4; if (r !== 0) out[k] = r; }
  }
  return out;
}
