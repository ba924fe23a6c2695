import { describe, expect, it } from 'vitest';
import { extract, normalisePublished, InputError } from '../src/index.js';

describe('extract: document checks', () => {
  it('returns a dossier/1 object whose spans index the text', () => {
    const out = extract({ id: 'x', text: 'North Korea sent 1,000 sappers to Russia, officials said.', published: '2025-06-26' });
    expect(out.format).toBe('dossier/1');
    expect(out.document.id).toBe('x');
    expect(out.document.published).toBe('2025-06-26');
  });

  it.each([
    ['2025-06-26', '2025-06-26'],
    ['2025-06-26T09:30:00Z', '2025-06-26'],
    ['2025-06-26T09:30:00+09:00', '2025-06-26'],
    [null, null],
  ])('accepts the publication date %s', (input, want) => {
    expect(normalisePublished(input)).toBe(want);
  });

  it.each(['26/06/2025', '2025-02-30', 'yesterday', '2025-13-01'])('rejects the bad date %s with a clear error', (bad) => {
    expect(() => normalisePublished(bad)).toThrow(InputError);
    expect(() => normalisePublished(bad)).toThrow(/published: expected an ISO date/);
  });

  it.each([
    [{ text: '' }, /empty/],
    [{ text: '   \n ' }, /empty/],
    [{ text: 'abc\u0000def' }, /binary/],
    [{ text: 'x'.repeat(2_000_001) }, /limit/],
    [{ text: 42 }, /text: expected a string/],
  ])('rejects bad input %#', (input, message) => {
    expect(() => extract(input as never)).toThrow(message);
  });
});
