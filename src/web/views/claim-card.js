// One claim, as the side panel shows it: event, agent → recipient, figure, time, source chain,
// certainty, and the words it stands on.
import { h, route } from '../lib/dom.js';
import { actorName, formatRange, sourceChain, timeText } from '../lib/format.js';

function actorLink(a) {
  if (!a) return h('span', { class: 'muted' }, '—');
  return a.id ? h('a', { href: route('documents', null, { entity: a.id }), title: `other reports on ${a.name}` }, a.name) : h('span', null, a.name);
}

function row(label, ...value) {
  return [h('dt', null, label), h('dd', null, ...value)];
}

/** review: what reviewers did to this claim ({rejected, corrected, corrections}), if anything. */
export function claimCard(c, review) {
  const q = c.quantity;
  const figure = q ? [h('span', { class: 'mk-qty' }, q.text), ` = ${formatRange(q) || 'no figure'}${q.vague ? ' (vague)' : ''}${q.unit ? ` ${q.unit}` : ''}`] : [h('span', { class: 'muted' }, 'none')];
  const chain = sourceChain(c.sources);
  return h(
    'section',
    { class: ['claim-card', review?.rejected ? 'rejected' : null], 'aria-live': 'polite', dataset: { claim: c.id } },
    h('h3', null, h('span', { class: `ev-type ev-${c.event}` }, c.event), ' ', h('span', { class: 'muted' }, `${c.id} · ${c.status}`),
      review?.rejected ? [' ', h('span', { class: 'badge warn' }, 'rejected by a reviewer')] : null,
      review?.corrected?.length ? [' ', h('span', { class: 'badge review' }, `corrected: ${review.corrected.join(', ')}`)] : null),
    h(
      'dl',
      null,
      row('actors', actorLink(c.agent), ' → ', actorLink(c.recipient), c.location ? [' in ', actorLink(c.location)] : null),
      c.theme ? row('what', c.theme) : null,
      row('figure', ...figure),
      row('time', c.time ? h('span', { class: 'mk-time' }, timeText(c.time)) : h('span', { class: 'muted' }, 'not stated')),
      row('source', chain ? h('span', { class: 'mk-src chain' }, chain) : h('span', { class: 'muted' }, "the outlet's own voice")),
      row('certainty', h('span', { class: `cert cert-${c.certainty}` }, c.certainty), c.polarity === 'negative' ? h('span', { class: 'neg' }, ' · denied / negated') : null),
      c.trigger ? row('trigger', h('span', { class: 'mk-trig' }, c.trigger.text)) : null,
    ),
    h('blockquote', null, c.evidence.text),
    h('p', { class: 'rules muted' }, 'rules: ', (c.rules ?? []).join(', ') || '—'),
  );
}

/** The claim's line in the list: "c7 deploy · North Korea → Russia · 6,000 military personnel". */
export function claimLabel(c) {
  const fig = c.quantity ? ` · ${c.quantity.text}` : '';
  return `${c.id} ${c.event} · ${actorName(c.agent)} → ${actorName(c.recipient)}${fig}`;
}
