// Limits every entry point shares, in a module of their own: the CLI reads them without loading
// the pipeline (its workers load it).

/** Largest document we extract, in UTF-16 code units (a long report is ~50,000). */
export const MAX_TEXT_LENGTH = 2_000_000;
