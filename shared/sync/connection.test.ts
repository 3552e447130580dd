import { describe, expect, it } from 'vitest';
import { checkServerAddress, checkToken, optionsInWords, shortStatusInWords, probeFailureSentence, statusInWords, valueInWords } from './connection';

describe('the server address a person types', () => {
  it.each([
    ['sync.example.gov.uk', 'wss://sync.example.gov.uk'],
    ['  wss://sync.example.gov.uk/  ', 'wss://sync.example.gov.uk'],
    ['https://sync.example.gov.uk/panelwright/', 'wss://sync.example.gov.uk/panelwright'],
    ['http://127.0.0.1:4460', 'ws://127.0.0.1:4460'],
    ['ws://10.0.0.5:4460', 'ws://10.0.0.5:4460'],
  ])('reads %s as %s', (typed, url) => expect(checkServerAddress(typed)).toEqual({ ok: true, url }));

  it.each([
    ['', /Enter the address/],
    ['ftp://files.example.gov.uk', /starts with wss:\/\/.*not ftp:/],
    ['wss://kim:secret@sync.example.gov.uk', /user name and password/],
    ['wss://sync.example.gov.uk/?token=abc', /“\?” or “#”/],
    ['wss://exa mple', /is not a server address/],
  ])('refuses %j in one sentence', (typed, message) => {
    const r = checkServerAddress(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.message.split(/[.:] [A-Z]/)).toHaveLength(1);
    }
  });

  it('takes a pasted token without its surrounding spaces, and refuses one with spaces inside', () => {
    expect(checkToken('  abc_DEF-123 \n')).toEqual({ ok: true, token: 'abc_DEF-123' });
    expect(checkToken('')).toMatchObject({ ok: false });
    expect(checkToken('two words')).toMatchObject({ ok: false, message: expect.stringMatching(/no spaces/) as unknown });
  });

  it('names each kind of failure differently', () => {
    const url = 'wss://sync.example.gov.uk';
    const s = (['unreachable', 'refused', 'not-panelwright'] as const).map((k) => probeFailureSentence(k, url));
    expect(new Set(s).size).toBe(3);
    expect(s[0]).toMatch(/^No sync server answered at wss:\/\/sync.example.gov.uk/);
    expect(s[1]).toMatch(/refused this sign-in token/);
    expect(s[2]).toMatch(/not a Panelwright sync server/);
  });
});

describe('the status in words', () => {
  const now = new Date('2026-12-02T10:30:00');
  it('says connected and up to date, with when it last synced', () => {
    expect(statusInWords({ link: { kind: 'connected' }, waiting: 0, blocked: 0, conflicts: 0, lastSynced: '2026-12-02T10:29:00' }, now)).toEqual([
      'Connected: everything is up to date.',
      'Last synced 10:29.',
    ]);
  });
  it('says since when it is offline and how many changes wait', () => {
    const words = statusInWords(
      { link: { kind: 'offline', since: '2026-12-02T09:05:00' }, waiting: 3, blocked: 1, conflicts: 2, lastSynced: '2026-12-01T17:00:00' },
      now,
    );
    expect(words[0]).toMatch(/^Offline since 09:05:/);
    expect(words).toContain('3 changes waiting to be sent.');
    expect(words.join(' ')).toMatch(/1 change made here that your role does not send/);
    expect(words.join(' ')).toMatch(/2 values changed by two people while apart/);
    expect(words.at(-1)).toBe('Last synced 1 Dec 2026, 17:00.');
  });
});

describe('the status bar’s word on team sync', () => {
  const now = new Date('2026-12-02T10:30:00');
  const base = { waiting: 0, blocked: 0, conflicts: 0, lastSynced: null };
  it('puts values to choose first, then the link and what waits', () => {
    expect(shortStatusInWords({ ...base, link: { kind: 'connected' }, conflicts: 2 }, now)).toBe('Team: 2 values to choose');
    expect(shortStatusInWords({ ...base, link: { kind: 'connected' } }, now)).toBe('Team: up to date');
    expect(shortStatusInWords({ ...base, link: { kind: 'offline', since: '2026-12-02T09:05:00' }, waiting: 3 }, now)).toBe(
      'Team: offline since 09:05, 3 waiting',
    );
    expect(shortStatusInWords({ ...base, link: { kind: 'refused', message: 'x' } }, now)).toBe('Team: sign-in refused');
  });
});

describe('a conflicting value shown to a person', () => {
  it('shows rich text as its words, and an empty value as empty', () => {
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Hello' },
            { type: 'text', text: 'there' },
          ],
        },
      ],
    };
    expect(valueInWords(true, body)).toBe('Hello there');
    expect(valueInWords(false, 'x')).toBe('(empty)');
    expect(valueInWords(true, 'a'.repeat(300))).toHaveLength(160);
    expect(valueInWords(true, 42)).toBe('42');
  });
});

describe('two values of a cover sheet', () => {
  it('show only the parts that differ, so the choice can be seen', () => {
    const cover = { purpose: 'information', author: 'Kevin Dennis', meetingDate: '2017-12-08', agendaItem: '5' };
    const words = optionsInWords([
      { has: true, value: { ...cover, author: 'Kim Dunn' } },
      { has: true, value: { ...cover, author: 'Alex Carr', meetingDate: '2017-12-15' } },
    ]);
    expect(words).toEqual(['author: Kim Dunn; meeting date: 2017-12-08', 'author: Alex Carr; meeting date: 2017-12-15']);
  });
  it('leave plain values and rich text as they read', () => {
    expect(
      optionsInWords([
        { has: true, value: 'G' },
        { has: false, value: undefined },
      ]),
    ).toEqual(['G', '(empty)']);
    const body = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
    expect(
      optionsInWords([
        { has: true, value: body('One') },
        { has: true, value: body('Two') },
      ]),
    ).toEqual(['One', 'Two']);
  });
});
