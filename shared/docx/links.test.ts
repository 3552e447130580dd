import { describe, expect, it } from 'vitest';
import { linkify, safeHref } from './links';

describe('safeHref', () => {
  it('keeps web, mail and phone links', () => {
    expect(safeHref('https://example.org/a?b=1&c=2')).toBe('https://example.org/a?b=1&c=2');
    expect(safeHref(' mailto:a@b.uk ')).toBe('mailto:a@b.uk');
    expect(safeHref('tel:01158445998')).toBe('tel:01158445998');
  });
  it('completes bare addresses', () => {
    expect(safeHref('www.example.org')).toBe('http://www.example.org');
    expect(safeHref('kevin.dennis@nottinghamshire.pnn.police.uk')).toBe('mailto:kevin.dennis@nottinghamshire.pnn.police.uk');
  });
  it('refuses scripts, files, relative paths and blanks', () => {
    for (const h of ['javascript:alert(1)', 'file:///C:/secret.doc', 'data:text/html,x', '../x', '', 'two words']) expect(safeHref(h)).toBeNull();
  });
});

describe('linkify', () => {
  it('finds URLs, leaving sentence punctuation outside the link', () => {
    expect(linkify('See http://example.org/report.pdf. Next')).toEqual([
      { text: 'See ' },
      { text: 'http://example.org/report.pdf', href: 'http://example.org/report.pdf' },
      { text: '. Next' },
    ]);
    expect(linkify('(www.example.org)')).toEqual([{ text: '(' }, { text: 'www.example.org', href: 'http://www.example.org' }, { text: ')' }]);
  });
  it('keeps a bracket that belongs to the URL', () => {
    expect(linkify('https://en.wikipedia.org/wiki/Act_(UK)')[0]).toEqual({
      text: 'https://en.wikipedia.org/wiki/Act_(UK)',
      href: 'https://en.wikipedia.org/wiki/Act_(UK)',
    });
  });
  it('finds e-mail addresses', () => {
    expect(linkify('Write to a.b@c.uk today')).toEqual([{ text: 'Write to ' }, { text: 'a.b@c.uk', href: 'mailto:a.b@c.uk' }, { text: ' today' }]);
  });
  it('returns plain text as one piece', () => {
    expect(linkify('No links here.')).toEqual([{ text: 'No links here.' }]);
    expect(linkify('')).toEqual([]);
  });
});
