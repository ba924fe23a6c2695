// Request schemas: path parameters, query strings and their messages. Each field's error text
// says what is expected; validate.ts adds where it was and what was found.
import { z } from 'zod';
import { EVENT_TYPES } from '../../ledger/query.js';
import { isCalendarDate } from '../../ledger/dates.js';

export const MAX_PAGE = 200;

const isoDate = (what: string) =>
  z.string().refine(isCalendarDate, { error: 'an ISO date such as 2025-06-26' }).optional().describe(what);

const whole = (min: number, max: number, dflt: number, what: string) => {
  const error = `a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(dflt).describe(what);
};

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `one of ${values.join(', ')}` }).optional().describe(what);

const bool = (what: string) =>
  z.enum(['true', 'false'], { error: 'true or false' }).transform((v) => v === 'true').optional().describe(what);

const text = (what: string) => z.string().trim().min(1, { error: 'a non-empty value' }).max(500, { error: 'at most 500 characters' }).optional().describe(what);

const events = EVENT_TYPES as unknown as readonly [string, ...string[]];

const page = {
  limit: whole(1, MAX_PAGE, 50, 'page size'),
  offset: whole(0, 10_000_000, 0, 'items to skip'),
};

const actor = (role: string) => text(`${role}: an id (country:KP), a name or an alias ("North Korea", "DPRK", "Pyongyang"), or "none"`);

export const IdParams = z.object({ id: z.string().min(1, { error: 'an id' }).max(2000, { error: 'at most 2,000 characters' }) });

export const DocumentsQuery = z.strictObject({
  q: text('full-text search over titles and texts (words, "quoted phrases"; all required)'),
  outlet: text('exact outlet name'),
  entity: text('documents mentioning this entity id (country:KP, org:nis …)'),
  since: isoDate('published on or after'),
  until: isoDate('published on or before'),
  ...page,
});

export const ClaimsQuery = z.strictObject({
  agent: actor('who acts'),
  recipient: actor('who receives'),
  event: oneOf(events, 'event type'),
  certainty: oneOf(['certain', 'probable', 'possible'] as const, 'how sure the claim is'),
  polarity: oneOf(['positive', 'negative'] as const, 'negative: denials and negations'),
  status: oneOf(['planned', 'ongoing', 'done', 'unknown'] as const, 'planned, ongoing or done'),
  document: text('claims of this document key'),
  since: isoDate('document published on or after'),
  until: isoDate('document published on or before'),
  ...page,
});

export const EventsQuery = z.strictObject({
  agent: actor('who acts'),
  recipient: actor('who receives'),
  event: oneOf(events, 'event type'),
  since: isoDate('last reported on or after'),
  until: isoDate('first reported on or before'),
  disagreement: bool('only events whose reports disagree (true) or agree (false)'),
  ...page,
});

export const EstimatesQuery = z.strictObject({
  agent: z.string({ error: 'a name, alias or id of who acts, such as "North Korea"' }).trim().min(1, { error: 'a name, alias or id of who acts, such as "North Korea"' }).describe('who acts'),
  event: z.enum(events, { error: `one of ${events.join(', ')}` }).describe('event type'),
  recipient: actor('who receives (any recipient when left out)'),
  unit: text('a unit word: troops, casualties, killed, shells, USD …'),
});

export const MeasuresQuery = z.strictObject({
  limit: whole(1, MAX_PAGE, 30, 'how many measures'),
});

export const SearchQuery = z.strictObject({
  q: z.string({ error: 'words to look for' }).trim().min(1, { error: 'words to look for' }).max(500, { error: 'at most 500 characters' }).describe('words and "quoted phrases", all required'),
  ...page,
});

export const PostDocumentQuery = z.strictObject({
  store: bool('false: return the extraction without keeping it (default true)'),
  defaults: bool('true: published, outlet and title fill in only what the body does not say (a dropped HTML or JSON file keeps its own)'),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date such as 2025-06-26' }).optional()
    .describe('publication date, against which relative times resolve (replaces the body\'s)'),
  outlet: text('outlet (replaces the body\'s)'),
  title: text('title (replaces the body\'s)'),
  url: text('URL (replaces the body\'s)'),
  id: text('document id (replaces the body\'s)'),
});
