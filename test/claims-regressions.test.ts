import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

describe('claims: regressions', () => {
  // an inverted cue whose source is a document noun ("…, said the statement") once sent the
  // resolver back to the same attribution forever
  it('a source that refers back to itself does not recurse forever', () => {
    const text = 'Forty trucks crossed the border, said the statement. Another 12 trucks would follow, according to the statement.';
    expect(() => claimsOf(text)).not.toThrow();
  });
});
