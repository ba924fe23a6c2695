// The frame table (frames.tsv): for each frame and voice, the roles to fill and the slots each reads,
// in order. Loaded once and checked: every frame of the trigger lexicon has rows, every slot exists.
import { loadTsv } from '../../lexicons/load.js';
import { slotNames } from './slots.js';
import type { Trigger } from './triggers.js';

export type Role = 'agent' | 'recipient' | 'theme' | 'location';
export type Voice = 'active' | 'passive' | 'noun' | 'any';

export interface FrameRow {
  frame: string;
  voice: Voice;
  role: Role;
  slots: string[];
  additions: boolean;
  describe: boolean;
}

const ROLES = new Set<Role>(['agent', 'recipient', 'theme', 'location']);
const VOICES = new Set<Voice>(['active', 'passive', 'noun', 'any']);
const OPTIONS = new Set(['additions', 'describe']);

let table: Map<string, FrameRow[]> | null = null;

/** Reads and checks frames.tsv (once). */
export function frameTable(): Map<string, FrameRow[]> {
  return (table ??= checkFrameRows(loadTsv('frames.tsv'), slotNames(), loadTsv('event-triggers.tsv').map((r) => r.frame)));
}

/**
 * Checks the rows of frames.tsv (as loadTsv reads them) against the slots slots.ts defines and the
 * frames event-triggers.tsv uses: throws, naming the row, on an unknown voice, role, slot or option,
 * or a frame with no rows. Returns the rows by "frame/voice".
 */
export function checkFrameRows(rows: Record<string, string>[], slotList: string[], triggerFrames: string[]): Map<string, FrameRow[]> {
  const known = new Set(slotList);
  const frameNames = new Set(triggerFrames);
  const out = new Map<string, FrameRow[]>();
  rows.forEach((r, i) => {
    const where = `frames.tsv data row ${i + 1} (${r.frame} ${r.voice} ${r.role})`;
    if (r.frame !== '*' && !frameNames.has(r.frame)) throw new Error(`${where}: frame "${r.frame}" is no frame of event-triggers.tsv`);
    if (!VOICES.has(r.voice as Voice)) throw new Error(`${where}: unknown voice "${r.voice}"`);
    if (!ROLES.has(r.role as Role)) throw new Error(`${where}: unknown role "${r.role}"`);
    const slots = r.slots.split(/\s+/).filter(Boolean);
    if (!slots.length) throw new Error(`${where}: no slots`);
    for (const s of slots) if (!s.startsWith('pp:') && !known.has(s)) throw new Error(`${where}: unknown slot "${s}"`);
    const options = (r.options ?? '').split(/\s+/).filter(Boolean);
    for (const o of options) if (!OPTIONS.has(o)) throw new Error(`${where}: unknown option "${o}"`);
    const row: FrameRow = { frame: r.frame, voice: r.voice as Voice, role: r.role as Role, slots, additions: options.includes('additions'), describe: options.includes('describe') };
    const key = `${r.frame}/${r.voice}`;
    out.set(key, [...(out.get(key) ?? []), row]);
  });
  for (const f of new Set(triggerFrames)) if (![...out.keys()].some((k) => k.startsWith(`${f}/`))) throw new Error(`frames.tsv: no rows for frame "${f}" of event-triggers.tsv`);
  return out;
}

/** The voice a trigger's frame is read in. */
export function voiceOf(t: Trigger, hasObject: boolean, isVerb: boolean): Voice {
  if (t.entry.pos === 'noun') return 'noun';
  // "killed 12 people" is active only with an object and a verb; "were killed", "12 killed" read passive
  if (t.entry.frame === 'die') return !t.passive && !t.reduced && hasObject && isVerb ? 'active' : 'passive';
  return t.passive ? 'passive' : 'active';
}

/** The rows for a trigger's frame in a voice: its own, else the frame's for any voice, else the generic passive. */
export function rowsFor(frame: string, voice: Voice): FrameRow[] {
  const t = frameTable();
  return t.get(`${frame}/${voice}`) ?? t.get(`${frame}/any`) ?? (voice === 'passive' ? t.get('*/passive') : undefined) ?? [];
}
