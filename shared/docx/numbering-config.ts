// Word numbering definitions. Section headings and their paragraphs share ONE definition (level 0
// "1." for the heading, level 1 "1.1" for paragraphs) so Word itself restarts 1.1 after each heading,
// and a reader who adds a paragraph in Word gets the next number. Level 0 comes from the Heading 1
// style (see styles.ts); level 1 is set on each numbered paragraph. Every list has a definition of
// its own, so each ordered list starts again at 1 in Word as in LibreOffice.
import { AlignmentType, LevelFormat } from 'docx';
import type { ILevelsOptions, INumberingOptions } from 'docx';
import { FONT, TEXT_INDENT } from './constants';
import { must } from '../records/must';

export const SECTION_NUMBERING = 'paper-sections';

/** How far each list level is indented beyond the one above, and how far its text sits from its mark. */
export const LIST_STEP = 425;
const MAX_LEVEL = 8;

function sectionLevels(): ILevelsOptions[] {
  const indent = { left: TEXT_INDENT, hanging: TEXT_INDENT };
  return [
    // Linked to Heading 1 (as Word's own heading numbering is): a heading added in Word is numbered too.
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent }, style: 'Heading1' } },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } },
  ];
}

export type ListKind = 'bullet' | 'ordered';

const BULLETS = ['•', '◦', '▪'] as const;
const ORDERED: readonly { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (n: number) => string }[] = [
  { format: LevelFormat.DECIMAL, text: (n) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n) => `(%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n) => `(%${n})` },
];

/** The indent of list text at `level`, for lists whose marks start at `base`. */
export function listTextIndent(base: number, level: number): number {
  return base + LIST_STEP * (level + 1);
}

function listLevels(kind: ListKind, base: number, start: number): ILevelsOptions[] {
  const levels: ILevelsOptions[] = [];
  for (let level = 0; level <= MAX_LEVEL; level++) {
    const paragraph = { indent: { left: listTextIndent(base, level), hanging: LIST_STEP } };
    if (kind === 'bullet') {
      const mark = BULLETS[level % BULLETS.length] ?? '•';
      levels.push({ level, format: LevelFormat.BULLET, text: mark, alignment: AlignmentType.LEFT, style: { paragraph, run: { font: FONT } } });
    } else {
      const f = ORDERED[level % ORDERED.length] ?? must(ORDERED[0], 'ORDERED[0]');
      levels.push({ level, format: f.format, text: f.text(level + 1), alignment: AlignmentType.LEFT, start: level === 0 ? start : 1, style: { paragraph } });
    }
  }
  return levels;
}

/**
 * Collects the list definitions a document uses: one per logical list (its own w:abstractNum and
 * w:num), so Word never carries one list's numbers on into the next. One registry per document build.
 */
export class NumberingRegistry {
  private readonly configs = new Map<string, ILevelsOptions[]>();

  /** A new list of this kind, with marks starting at `base` and counting from `start`: its numbering reference. */
  newList(kind: ListKind, base: number, start = 1): string {
    const s = kind === 'ordered' && Number.isInteger(start) && start > 0 ? start : 1;
    const ref = `${kind}-list-${this.configs.size + 1}`;
    this.configs.set(ref, listLevels(kind, base, s));
    return ref;
  }

  config(): INumberingOptions {
    return {
      config: [{ reference: SECTION_NUMBERING, levels: sectionLevels() }, ...[...this.configs].map(([reference, levels]) => ({ reference, levels }))],
    };
  }
}
