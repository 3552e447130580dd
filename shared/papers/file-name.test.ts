import { describe, expect, it } from 'vitest';
import { paperFileName } from './file-name';
import { blankCover } from './factory';

describe('paperFileName', () => {
  it('leads with the meeting date so exports sort by meeting', () => {
    expect(paperFileName({ title: "PCC's Update Report – to September 2017", cover: { ...blankCover(), meetingDate: '2017-12-08' } })).toBe("2017-12-08 PCC's Update Report – to September 2017.docx");
  });
  it('removes characters Windows forbids and trailing dots', () => {
    expect(paperFileName({ title: 'A/B: "C"? <D>*|. ', cover: blankCover() })).toBe('A B C D.docx');
  });
  it('names an untitled paper', () => {
    expect(paperFileName({ title: '  ', cover: blankCover() })).toBe('Untitled paper.docx');
  });
});
