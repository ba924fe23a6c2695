// The actors layer, rule by rule. Order matters: the gazetteer reads known names first; the
// contextual aliases refine them; kinds, organisation heads and acronyms find organisations the
// gazetteer lacks (an acronym defined in the text overrides the gazetteer); regions grow place
// mentions; outlets are named by the nouns around them; people come after every organisation and
// country is known, so that "Following" or "Pentagon" never starts a name and role phrases can
// name their organisation ("the Biden administration" needs the person first); cities from the
// big list come last and give way to everything, but after a name found once is found again.
import type { Doc } from '../../doc.js';
import type { EntityOut } from '../../format.js';
import { segment } from '../segment.js';
import { matchAcronyms } from './acronyms.js';
import { matchAdministrations } from './administrations.js';
import { matchCities } from './cities.js';
import { collect } from './collect.js';
import { matchContextual, matchGazetteer } from './gazetteer.js';
import { absorbCountryPrefixes, matchKinds } from './kinds.js';
import { Layer } from './layer.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { matchOrgHeads } from './org-heads.js';
import { matchOutlets } from './outlets.js';
import { matchPeople } from './people.js';
import { matchRegions } from './regions.js';
import { matchRepeats } from './repeats.js';
import { docWords } from './words.js';

export interface EntityRule {
  name: string;
  run: (layer: Layer, lex: Lexicon) => void;
}

export const entityRules: readonly EntityRule[] = [
  { name: 'gazetteer', run: matchGazetteer },
  { name: 'contextual', run: matchContextual },
  { name: 'kinds', run: matchKinds },
  { name: 'org-heads', run: matchOrgHeads },
  { name: 'acronyms', run: matchAcronyms },
  { name: 'country-prefixes', run: absorbCountryPrefixes },
  { name: 'regions', run: matchRegions },
  { name: 'outlets', run: matchOutlets },
  { name: 'people', run: matchPeople },
  { name: 'administrations', run: matchAdministrations },
  { name: 'repeats', run: matchRepeats },
  { name: 'cities', run: matchCities },
];

/** Every actor of the document with every mention. Segments the document first if no stage has. */
export function findEntities(doc: Doc, rules: readonly EntityRule[] = entityRules): EntityOut[] {
  const segmented = doc.tokens && doc.sentences ? doc : { ...doc, ...segment(doc) };
  const lex = lexicon();
  const layer = new Layer(doc.text, docWords(segmented, (w) => lex.gazetteer.hasWord(w)));
  for (const rule of rules) rule.run(layer, lex);
  return collect(doc.text, layer.hits(), lex.byId);
}
