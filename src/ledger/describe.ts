// An event in words, the same in the CLI's tables, the exports and the page. Casualties read as
// whose losses they are ("losses of Wagner Group", "caused by Rapid Support Forces" where a report
// says), never as an arrow that could mean either side; an event with neither agent nor recipient
// says what it is about ("combat in Omdurman") instead of "— → —".
import { formatRange } from './numbers.js';
import type { LedgerEvent } from './types.js';

type EventWords = Pick<LedgerEvent, 'event' | 'agent' | 'recipient' | 'location' | 'unit' | 'min' | 'max' | 'approximate' | 'losses_of' | 'caused_by'>;

/** Who is involved: "losses of X (caused by Y)", "X → Y", or "" when no side is named. */
export function sides(e: EventWords): string {
  if (e.event === 'casualties') {
    const whose = e.losses_of ? `losses of ${e.losses_of.name}` : 'losses (side not stated)';
    return e.caused_by ? `${whose}, caused by ${e.caused_by.name}` : whose;
  }
  if (!e.agent && !e.recipient) return '';
  return `${e.agent?.name ?? '—'} → ${e.recipient?.name ?? '—'}`;
}

/** "losses of Wagner Group: 24–99 fighters in northern Mali", "combat in Omdurman", "North Korea → Russia: deploy 11,000 soldiers";
 *  with nothing else to go on, the words of its first report ("meeting: “talks in the capital next week”"). */
export function headline(e: EventWords, quote: string | null = null): string {
  const figure = formatRange({ min: e.min, max: e.max, approximate: e.approximate });
  // a unit that is only digits repeats the figure ("the toll has risen to 115")
  const what = [figure, e.unit && !/^[\d.,\s]+$/.test(e.unit) ? e.unit : null].filter(Boolean).join(' ');
  const place = e.location ? ` in ${e.location.name}` : '';
  const who = sides(e);
  if (e.event === 'casualties') return `${who}${what ? `: ${what}` : ''}${place}`;
  if (!who && !what && !place && quote) return `${e.event}: “${quote.length > 70 ? `${quote.slice(0, 69).trimEnd()}…` : quote}”`;
  if (!who) return `${e.event}${what ? ` of ${what}` : ''}${place}`;
  return `${who}: ${e.event}${what ? ` ${what}` : ''}${place}`;
}
