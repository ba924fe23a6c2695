// The dossier/1 extraction (SPEC §1, src/format.ts) as zod schemas, for the API's responses and
// its OpenAPI document. The document is generated from the input side, so objects stay open
// (no additionalProperties: false): the format lets fields be added, never dropped.
import { z } from 'zod';

export const Span = z.object({
  start: z.number().int().describe('UTF-16 offset into document.text, inclusive'),
  end: z.number().int().describe('UTF-16 offset, exclusive'),
  text: z.string().describe('document.text.slice(start, end)'),
});

export const ActorRef = z.object({ id: z.string().nullable(), name: z.string() });

export const EventType = z.enum(['deploy', 'transfer', 'casualties', 'combat', 'recruit', 'agreement', 'meeting', 'other']);
export const Certainty = z.enum(['certain', 'probable', 'possible']);
export const Polarity = z.enum(['positive', 'negative']);
export const Status = z.enum(['planned', 'ongoing', 'done', 'unknown']);

export const DocumentOut = z.object({
  id: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string(),
  text: z.string(),
});

export const Mention = Span.extend({ rule: z.string().optional() });

export const Entity = z.object({
  id: z.string().describe('canonical id such as country:KP, org:nis, person:lee-seong-kweun'),
  name: z.string(),
  type: z.enum(['country', 'organisation', 'person', 'place', 'group']),
  country: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  affiliation: z.string().nullable().optional(),
  mentions: z.array(Mention),
});

export const TimeOut = Span.extend({
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string().describe('TIMEX3 value: 2025-07, 2024-FA, P1M …'),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
  rule: z.string(),
});

const Figure = {
  min: z.number().nullable(),
  max: z.number().nullable(),
  approximate: z.boolean(),
  vague: z.boolean(),
  bound: z.enum(['at-least', 'at-most']).nullable().optional(),
  unit: z.string().nullable(),
};

export const QuantityOut = Span.extend({ ...Figure, kind: z.string(), rule: z.string() });

export const Source = z.object({
  name: z.string(),
  id: z.string().nullable(),
  cue: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});

export const ClaimOut = z.object({
  id: z.string(),
  evidence: Span,
  event: EventType,
  trigger: Span.nullable(),
  agent: ActorRef.nullable(),
  recipient: ActorRef.nullable(),
  location: ActorRef.nullable(),
  theme: z.string().nullable(),
  quantity: Span.extend(Figure).nullable(),
  time: Span.extend({ value: z.string(), from: z.string().nullable().optional(), to: z.string().nullable().optional() }).nullable(),
  sources: z.array(Source).describe('attribution chain, original source first; [] is the outlet\'s own voice'),
  certainty: Certainty,
  polarity: Polarity,
  status: Status,
  rules: z.array(z.string()),
});

export const Extraction = z.object({
  format: z.literal('dossier/1'),
  document: DocumentOut,
  entities: z.array(Entity),
  times: z.array(TimeOut),
  quantities: z.array(QuantityOut),
  claims: z.array(ClaimOut),
});
