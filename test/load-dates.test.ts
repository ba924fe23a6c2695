import { describe, expect, it } from 'vitest';
import { metaDate } from '../src/load/dates.js';

describe('metaDate: publication dates as pages and feeds write them', () => {
  it.each([
    ['2025-06-26', '2025-06-26'],
    // the publisher's own calendar day, not the UTC one
    ['2025-06-26T23:30:00-04:00', '2025-06-26'],
    ['20250626', '2025-06-26'],
    ['Thu, 26 Jun 2025 09:30:00 +0900', '2025-06-26'],
    ['3 September 2024', '2024-09-03'],
    ['June 26, 2025 9:00 AM', '2025-06-26'],
    ['Sept. 3, 2024', '2024-09-03'],
  ])('reads %s', (value, want) => expect(metaDate(value)).toBe(want));

  it.each(['2025-02-30', 'yesterday', 'Smarch 3, 2025', '', null, '26/06/2025'])('leaves %s unread', (value) => {
    expect(metaDate(value)).toBeNull();
  });
});
