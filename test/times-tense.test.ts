// The tense of the clause around a time, from the verb groups wink tags. Sentences of our own;
// the marked word is the time whose clause we ask about.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/doc.js';
import { segment } from '../src/stages/segment.js';
import { type Tense, tenseAt } from '../src/stages/times/tense.js';

function tenseOf(sentence: string, word: string): Tense {
  const doc = makeDoc(sentence);
  Object.assign(doc, segment(doc));
  const i = sentence.indexOf(word);
  return tenseAt(doc, i, i + word.length);
}

describe('tense of the clause around a time', () => {
  it.each([
    ['will + verb', 'North Korea will send more troops in July.', 'July', 'future'],
    ['simple past', 'The first battalion arrived in July.', 'July', 'past'],
    ['modal with an adverb', 'The dispatch could likely begin in August.', 'August', 'future'],
    ['infinitive after a present verb', 'The deployment is projected to begin in July.', 'July', 'future'],
    ['infinitive after a past decision', 'Kim decided to dispatch the workers in July.', 'July', null],
    ['present perfect', 'Russia has supplied the systems since March.', 'March', 'past'],
    ['"since" looks back', 'Aid has been frozen since March.', 'March', 'past'],
    ['reporting verb after the time', 'In April, Pyongyang and Moscow announced the victory.', 'April', 'past'],
    ['reporting verb closer than the main verb', 'Troops will arrive in July, the agency said on Thursday.', 'Thursday', 'past'],
    ['"has" without a participle is a present', 'The automaker has a June deadline to finish the plan.', 'June', null],
    ['"according to" is no verb', 'Exports fell, according to figures released in April.', 'April', 'past'],
    ['a participle after a noun gives way to a modal', 'Kyiv should receive shells purchased under the scheme no later than June.', 'June', 'future'],
    ['a plan in the past is neither', 'The convoy was expected to arrive in May.', 'May', null],
    ['postponed until a day ahead', 'The vote has been postponed until Saturday.', 'Saturday', 'future'],
    ['no verb at all', 'Troop rotation in July', 'July', null],
    ['"is due to" is a plan', 'His memoir is due to be published in May.', 'May', 'future'],
    ['"due to" a cause is no plan', 'Exports fell in May due to the blockade.', 'May', 'past'],
  ] as [string, string, string, Tense][])('%s: "%s"', (_why, sentence, word, want) => {
    expect(tenseOf(sentence, word)).toBe(want);
  });

  it('says nothing without tokens', () => {
    expect(tenseAt(makeDoc('Troops arrived in July.'), 17, 21)).toBeNull();
  });
});
