// Rules about the words: sentence length, reading age, link text, typed list numbers, imposter
// headings, footnotes that are only a web address, acronyms, passive voice and adverbs. Each runs on
// the TextUnits of a paper or of a Word file alike.
import type { RawFinding, Rule } from '../model';
import { adverbsOf, passivesOf, readingAge, sentencesOf, wordsOf } from '../prose';
import type { TextUnit } from '../text-units';
import { at, excerptOf } from '../text-units';
import { must } from '../../records/must';

/** Prose a reader reads as running text (not headings, the title or table cells). */
const prose = (u: TextUnit) => u.kind === 'paragraph' || u.kind === 'listItem' || u.kind === 'footnote';

export const longSentence: Rule = {
  id: 'long-sentence',
  severity: 'warning',
  title: 'Long sentences',
  why: 'Readers lose the thread of a sentence over about 25 words; panel members read each paper against the clock.',
  fix: 'Split the sentence in two, or turn a list of items into bullets.',
  threshold: { default: 25, label: 'words in a sentence' },
  checkText: (units, ctx) =>
    units.filter(prose).flatMap((u) =>
      sentencesOf(u.text)
        .filter((s) => s.words > ctx.threshold)
        .map((s) => ({ message: `Sentence of ${s.words} words`, location: at(u.location, s.offset, s.text) })),
    ),
};

export const readingAgeRule: Rule = {
  id: 'reading-age',
  severity: 'warning',
  title: 'Reading age',
  why: 'Papers are published for residents as well as the panel; plain English is quicker for everyone to read.',
  fix: 'Use shorter sentences and everyday words (“use” for “utilise”, “about” for “in relation to”).',
  threshold: { default: 18, label: 'reading age (years)' },
  checkText: (units, ctx) =>
    units
      .filter((u) => u.kind === 'paragraph' || u.kind === 'listItem')
      .flatMap((u) => {
        const age = readingAge(u.text);
        // Past 21 the formula's figure means "graduate level"; a reading age of 33 means nothing to anyone.
        return age !== null && age > ctx.threshold
          ? [
              {
                message: `Reading age ${age > 21 ? 'over 21 (graduate level)' : `about ${age}`}, above the limit of ${ctx.threshold}`,
                location: at(u.location, 0, u.text),
              },
            ]
          : [];
      }),
};

const VAGUE_LINK = /^(click here|click|here|this link|link|this|more|read more|find out more|this page|website|web page|see here)[.!:]?$/i;
const looksLikeUrl = (t: string) => /^(https?:\/\/|www\.)\S+$/i.test(t.trim());

export const linkText: Rule = {
  id: 'link-text',
  severity: 'warning',
  title: 'Link text',
  why: 'Screen-reader users often jump from link to link; “click here” or a bare web address does not say where a link goes.',
  fix: 'Make the link’s words say where it goes (“the Force’s annual report”).',
  // A footnote that is only an address is the footnote-url rule's finding, not this one's.
  checkText: (units) =>
    units
      .filter((u) => !(u.kind === 'footnote' && looksLikeUrl(u.text)))
      .flatMap((u) =>
        u.links
          .filter((l) => l.text.trim() && (VAGUE_LINK.test(l.text.trim()) || looksLikeUrl(l.text)) && !l.href.startsWith('mailto:'))
          .map((l) => ({
            message: looksLikeUrl(l.text)
              ? `Link text is a bare web address (${excerptOf(l.text, 50)})`
              : `Link text “${l.text.trim()}” does not say where it goes`,
            location: at(u.location, Math.max(0, u.text.indexOf(l.text)), l.text),
          })),
      ),
};

// Capital letters ("A. Title") are left alone: papers label appendices that way.
const TYPED_NUMBER =
  /^\s*(?:\(?\d{1,3}[.)]|\d{1,2}\.\d{1,2}\.?|\(?[a-h][.)]|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|[•·▪◦‣⁃*–-])\s+\S/;

export const typedListNumber: Rule = {
  id: 'typed-list-number',
  severity: 'error',
  title: 'List numbers typed by hand',
  why: 'A typed “1.” or “•” is just text to a screen reader, which then cannot say “list of 4 items”; typed numbers also go wrong when items move.',
  fix: 'Delete the typed number or bullet and make the paragraphs a numbered or bulleted list.',
  checkText: (units) =>
    units
      .filter((u) => (u.kind === 'paragraph' || u.kind === 'footnote') && !u.inList && TYPED_NUMBER.test(u.text))
      .map((u) => ({ message: `Typed list number or bullet “${u.text.trim().split(/\s+/)[0]}”`, location: at(u.location, 0, u.text) })),
};

export const imposterHeading: Rule = {
  id: 'imposter-heading',
  severity: 'error',
  title: 'Bold paragraphs used as headings',
  why: 'A short bold paragraph looks like a heading but is not one, so screen-reader users cannot find it in the list of headings.',
  fix: 'Make it a sub-heading (in Word, a Heading style) instead of bold text.',
  threshold: { default: 10, label: 'words at most in a bold paragraph taken for a heading' },
  checkText: (units, ctx) =>
    units
      .filter((u) => u.kind === 'paragraph' && !u.inList && u.allBold)
      .filter((u) => {
        const t = u.text.trim();
        const n = wordsOf(t).length;
        return n > 0 && n <= ctx.threshold && !/[.,;:!?]$/.test(t) && /[A-Za-z]/.test(t);
      })
      .map((u) => ({ message: `“${excerptOf(u.text, 50)}” is bold text used as a heading`, location: at(u.location, 0, u.text) })),
};

export const footnoteUrl: Rule = {
  id: 'footnote-url',
  severity: 'warning',
  title: 'Footnotes that are only a web address',
  why: 'A bare web address says nothing to a reader of the printed paper and breaks when the page moves; the title lets them find it again.',
  fix: 'Say what the source is (its title, publisher and date) before the address.',
  checkText: (units) =>
    units
      .filter((u) => u.kind === 'footnote' && looksLikeUrl(u.text))
      .map((u) => ({ message: `Footnote is only a web address (${excerptOf(u.text, 50)})`, location: u.location })),
};

// Acronyms everybody knows, and Roman numerals, which look like acronyms.
const KNOWN = new Set([
  'UK',
  'GB',
  'EU',
  'NHS',
  'BBC',
  'TV',
  'OK',
  'PDF',
  'URL',
  'AM',
  'PM',
  'ID',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'XII',
  'CEO',
  'MP',
  'MPS',
  'USA',
  'US',
  'FAQ',
  'IT',
  'PC',
  'NB',
  'PS',
  'AD',
  'BC',
  'LTD',
  'PLC',
  'RAG',
  'RAGB',
  'NON',
  'PUBLIC',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
]);
const ACRONYM = /\b([A-Z][A-Z0-9&]{1,7})\b/g;

/** Whether the acronym at `index` is spelt out there: "Police and Crime Commissioner (PCC)" or "PCC (Police …)". */
function spelledOut(text: string, index: number, acronym: string): boolean {
  const before = text.slice(Math.max(0, index - 1), index);
  const after = text.slice(index + acronym.length, index + acronym.length + 2);
  return before === '(' || after.startsWith(' (') || after.startsWith('(');
}

export const acronyms: Rule = {
  id: 'acronym-first-use',
  severity: 'tip',
  title: 'Acronyms spelt out',
  why: 'Residents and new panel members may not know the acronym; spelling it out once lets everyone follow.',
  fix: 'Write it out in full at its first use, with the acronym in brackets: “Police and Crime Commissioner (PCC)”.',
  checkText: (units) => {
    const seen = new Set<string>();
    const out: RawFinding[] = [];
    // A word the paper also writes in small letters ("KEY", "NEW") is a word in capitals, not an acronym.
    const lower = new Set(units.flatMap((u) => u.text.match(/\b[a-z]{2,}\b/g) ?? []));
    for (const unit of units) {
      // Web addresses are blanked (same length, so offsets hold): "PCC-Response.pdf" is not running text.
      const u = { ...unit, text: unit.text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, (m) => ' '.repeat(m.length)) };
      const letters = u.text.replace(/[^A-Za-z]/g, '');
      // Headings in capitals ("THEME 6: PREVENTION") and cells of codes are not running text.
      if (!letters || letters.replace(/[^A-Z]/g, '').length / letters.length > 0.5 || u.kind === 'cell') continue;
      for (const m of u.text.matchAll(ACRONYM)) {
        const a = must(m[1], 'm[1]');
        if (seen.has(a) || KNOWN.has(a) || lower.has(a.toLowerCase()) || !/[A-Z].*[A-Z]/.test(a) || /^\d/.test(a)) continue;
        seen.add(a);
        if (!spelledOut(u.text, m.index, a))
          out.push({ message: `“${a}” is not spelt out at its first use`, location: at(u.location, m.index, unit.text.slice(m.index)) });
      }
    }
    return out;
  },
};

// Passive phrases come from prose.ts's own pattern, not a library. Tried again (Dec 2026):
// retext-passive 5 (with retext-english and unified) runs in a strict-mode ES module, but it knows
// only its list of 218 irregular participles, so it misses "was agreed", "were approved" — the
// commonest passives in committee papers — and its English parser costs about 10 ms per paragraph
// (seconds on a 150-page paper, in a check meant to follow the author's typing). write-good's
// passive check is the same be-verb-then-participle pattern as ours, in CommonJS.
export const passiveVoice: Rule = {
  id: 'passive-voice',
  severity: 'tip',
  title: 'Passive voice',
  why: 'The passive hides who does what (“it was agreed”); a panel wants to know who agreed and who will act.',
  fix: 'Say who does it: “The Board agreed…” rather than “It was agreed…”.',
  threshold: { default: 3, label: 'passive phrases in a paragraph' },
  checkText: (units, ctx) =>
    units.filter(prose).flatMap((u) => {
      const found = passivesOf(u.text);
      return found.length >= ctx.threshold
        ? [
            {
              message: `${found.length} passive phrases (“${must(found[0], 'found[0]').text}” …)`,
              location: at(u.location, must(found[0], 'found[0]').offset, must(found[0], 'found[0]').text),
            },
          ]
        : [];
    }),
};

export const adverbDensity: Rule = {
  id: 'adverb-density',
  severity: 'tip',
  title: 'Adverbs',
  why: 'Words like “significantly”, “really” and “very” add length but seldom meaning; figures say more.',
  fix: 'Cut the adverb, or replace it with the figure it stands for.',
  threshold: { default: 6, label: 'adverbs per 100 words in a paragraph' },
  checkText: (units, ctx) =>
    units.filter(prose).flatMap((u) => {
      const words = wordsOf(u.text).length;
      if (words < 20) return [];
      const found = adverbsOf(u.text);
      const per100 = (found.length / words) * 100;
      return per100 > ctx.threshold
        ? [
            {
              message: `${found.length} adverbs in ${words} words (${found
                .slice(0, 3)
                .map((a) => a.text)
                .join(', ')})`,
              location: at(u.location, must(found[0], 'found[0]').offset, must(found[0], 'found[0]').text),
            },
          ]
        : [];
    }),
};
