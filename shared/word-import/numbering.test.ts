// Word's list numbering replayed as Word prints it: restarts, lvlOverride, numStyleLink, legal numbering.
import { describe, expect, it } from 'vitest';
import { parseXml } from '../ooxml/xml';
import type { XmlElement } from '../ooxml/xml';
import { Numbering, formatNumber } from './numbering';
import { StyleSheet } from './styles';
import { W_NS } from './test-docx';

const xml = (inner: string, tag = 'numbering'): XmlElement => {
  const r = parseXml(`<w:${tag} xmlns:w="${W_NS}">${inner}</w:${tag}>`);
  if (!r.ok) throw new Error(r.error);
  return r.root;
};
const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const labels = (n: Numbering, seq: [string, number][]) => seq.map(([id, l]) => n.next(id, l)?.label ?? null);

describe('Word numbering', () => {
  const outline = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'lowerLetter', '(%3)')}</w:abstractNum>`;
  it('counts 1., 1.1, 1.2, 2., 2.1: deeper levels restart when a shallower one moves on', () => {
    const n = new Numbering(xml(`${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`), new StyleSheet(null));
    expect(
      labels(n, [
        ['1', 0],
        ['1', 1],
        ['1', 1],
        ['1', 2],
        ['1', 0],
        ['1', 1],
      ]),
    ).toEqual(['1.', '1.1', '1.2', '(a)', '2.', '2.1']);
    expect(n.next('1', 1)).toMatchObject({ multiLevel: true, bullet: false });
  });
  it('continues a list across w:num instances of one definition, and restarts at a startOverride', () => {
    const n = new Numbering(
      xml(
        `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`,
      ),
      new StyleSheet(null),
    );
    expect(
      labels(n, [
        ['1', 0],
        ['1', 0],
        ['2', 0],
        ['3', 0],
        ['3', 0],
      ]),
    ).toEqual(['1.', '2.', '3.', '5.', '6.']);
  });
  it('uses a level redefined in a lvlOverride', () => {
    const n = new Numbering(
      xml(`${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'upperRoman', '%1)')}</w:lvlOverride></w:num>`),
      new StyleSheet(null),
    );
    expect(
      labels(n, [
        ['1', 0],
        ['1', 0],
        ['1', 0],
        ['1', 0],
      ]),
    ).toEqual(['I)', 'II)', 'III)', 'IV)']);
  });
  it('follows numStyleLink to the list style’s definition, and reads legal numbering as decimals', () => {
    const styles = new StyleSheet(
      xml(
        `<w:style w:type="numbering" w:styleId="PaperList"><w:name w:val="Paper List"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>`,
        'styles',
      ),
    );
    const defs = `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PaperList"/></w:abstractNum><w:abstractNum w:abstractNumId="2">${lvl(0, 'upperLetter', '%1.')}<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="2"/></w:num>`;
    const n = new Numbering(xml(defs), styles);
    expect(
      labels(n, [
        ['4', 0],
        ['4', 1],
        ['4', 0],
      ]),
    ).toEqual(['A.', '1.1', 'B.']);
  });
  it('numId 0 and unknown lists are not numbered; bullets say so', () => {
    const n = new Numbering(
      xml(`<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
      new StyleSheet(null),
    );
    expect(n.next('0', 0)).toBeNull();
    expect(n.next('77', 0)).toBeNull();
    expect(n.next('1', 0)).toMatchObject({ label: '•', bullet: true });
  });
  it.each([
    [1, 'lowerLetter', 'a'],
    [27, 'lowerLetter', 'aa'],
    [4, 'lowerRoman', 'iv'],
    [14, 'upperRoman', 'XIV'],
    [3, 'decimalZero', '03'],
  ])('%i in %s is %s', (v, f, s) => expect(formatNumber(v, f)).toBe(s));
});
