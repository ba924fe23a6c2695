// The library API: import { extract } from 'dossier'.
export { extract, validateInput, normalisePublished, defaultStages, InputError, MAX_TEXT_LENGTH } from './extract.js';
export type { DocumentInput } from './extract.js';
export * from './format.js';
export { makeDoc, spanText } from './doc.js';
export type { Doc, DocMeta, Span, TextSpan, Token, Sentence } from './doc.js';
export { runStages, StageError } from './pipeline.js';
export type { Stage } from './pipeline.js';
