// A plan document's headings in Word: real Heading 1–3 paragraphs (so the contents field, the
// navigation pane and screen readers see them), numbered 1, 1.1, 1.1.1 by one Word numbering
// definition when the author numbers headings: Word then restarts 1.1 under each 1, and a heading
// added in Word is numbered too. The levels come from documentHeadings (shared/papers/document-kind.ts).
import { AlignmentType, LevelFormat, Paragraph } from 'docx';
import type { ILevelsOptions, ParagraphChild } from 'docx';
import type { HeadingLevel } from '../papers/document-kind';
import { STYLE } from './constants';

export const PLAN_HEADINGS = 'plan-headings';
const HANG = 851; // 1.5 cm: room for "10.10.10"

const STYLE_OF: Record<HeadingLevel, string> = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3 };

export function planHeading(level: HeadingLevel, children: ParagraphChild[], numbered: boolean): Paragraph {
  return new Paragraph({
    style: STYLE_OF[level],
    children,
    ...(numbered ? { numbering: { reference: PLAN_HEADINGS, level: level - 1 } } : { numbering: false }),
  });
}

export function planHeadingNumbering(): { reference: string; levels: ILevelsOptions[] } {
  const text = ['%1', '%1.%2', '%1.%2.%3'];
  return {
    reference: PLAN_HEADINGS,
    levels: text.map((t, level) => ({
      level,
      format: LevelFormat.DECIMAL,
      text: t,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: HANG, hanging: HANG } } },
    })),
  };
}
