import { describe, expect, it } from 'vitest';
import { conflictOptionsInWords } from './conflict-words';

const labels: Record<string, string> = { 'st-amber': 'Amber', 'st-green': 'Green' };
const ctx = { statusLabel: (id: string) => labels[id] };

describe('a conflict’s values in words', () => {
  it('shows an update’s status by the label in the plan’s key, never its id', () => {
    expect(
      conflictOptionsInWords(
        'updates',
        'statusId',
        [
          { has: true, value: 'st-amber' },
          { has: true, value: 'st-green' },
          { has: true, value: null },
        ],
        ctx,
      ),
    ).toEqual(['Amber', 'Green', 'No status']);
    expect(conflictOptionsInWords('updates', 'statusId', [{ has: true, value: 'st-gone' }], ctx)).toEqual(['A status no longer in the plan’s key (st-gone)']);
  });

  it('shows statuses, sign-offs, dates and figures as words a person reads', () => {
    expect(
      conflictOptionsInWords('papers', 'status', [
        { has: true, value: 'draft' },
        { has: true, value: 'issued' },
      ]),
    ).toEqual(['Draft', 'Issued']);
    expect(conflictOptionsInWords('reviewItems', 'status', [{ has: true, value: 'resolved' }])).toEqual(['Resolved']);
    const signOff = { by: 'Jane Smith', role: 'Chief Finance Officer', at: '2026-12-01T09:00:00Z', how: 'email', textHash: 'ab12', recordedBy: 'Kim' };
    expect(
      conflictOptionsInWords('clearances', 'signOff', [
        { has: true, value: signOff },
        { has: true, value: null },
      ]),
    ).toEqual(['Cleared by Jane Smith (Chief Finance Officer) on 1 Dec 2026 by e-mail', 'Not cleared']);
    expect(
      conflictOptionsInWords('clearances', 'history', [
        { has: true, value: [signOff] },
        { has: true, value: [] },
      ]),
    ).toEqual(['1 earlier sign-off, the last: Cleared by Jane Smith (Chief Finance Officer) on 1 Dec 2026 by e-mail', 'No earlier sign-offs']);
    expect(
      conflictOptionsInWords('clearances', 'askedAt', [
        { has: true, value: '2026-11-30T10:00:00Z' },
        { has: false, value: undefined },
      ]),
    ).toEqual(['Asked on 30 Nov 2026', 'Not asked']);
    expect(
      conflictOptionsInWords('measureValues', 'value', [
        { has: true, value: 12345.5 },
        { has: true, value: 0.25 },
      ]),
    ).toEqual(['12,345.5', '0.25']);
  });

  it('falls back to the general words for other fields (a body reads as its text)', () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] }] };
    expect(conflictOptionsInWords('sections', 'body', [{ has: true, value: body }])).toEqual(['Hello']);
  });
});
