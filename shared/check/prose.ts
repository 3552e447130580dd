// Plain-English measures of a piece of text: sentences, words, syllables (the `syllable` library),
// reading age (Flesch–Kincaid grade by the `flesch-kincaid` library, + 5 for the age a UK reader is
// in that school year), passive constructions and adverbs (the `adverb-where` list).
import adverbWhere from 'adverb-where';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { must } from '../records/must';

export interface Sentence {
  readonly text: string;
  /** Characters into the text it came from. */
  readonly offset: number;
  readonly words: number;
}

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*%?/g;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

// A full stop ends a sentence unless it is part of an abbreviation or a number ("e.g.", "No. 4", "4.1").
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|No|Nos|Mr|Mrs|Ms|Dr|St|Cllr|vs|approx|incl|para|paras|Fig|Vol|Ch)|\b[A-Z])\.$/;

/** The text split into sentences (at . ! ? and line breaks), each with its offset and word count. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, offset: start + lead, words: wordsOf(t).length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = must(text[i], 'text[i]');
    if (c === '\n') push(i + 1);
    else if ((c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/.test(must(text[i + 1], 'text[i + 1]')))) {
      if (c === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i + 1))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

// syllable() runs many patterns per word; papers repeat their words, so counts are remembered (bounded).
const SYLLABLES = new Map<string, number>();
function syllablesOf(word: string): number {
  const w = word.toLowerCase();
  let n = SYLLABLES.get(w);
  if (n === undefined) {
    n = syllable(w);
    if (SYLLABLES.size > 50_000) SYLLABLES.clear();
    SYLLABLES.set(w, n);
  }
  return n;
}

/** The reading age a text asks for (Flesch–Kincaid grade + 5), or null for fewer than `minWords` words. */
export function readingAge(text: string, minWords = 30): number | null {
  const words = wordsOf(text).filter((w) => !/^\d/.test(w));
  if (words.length < minWords) return null;
  const sentences = Math.max(1, sentencesOf(text).length);
  const syllables = words.reduce((n, w) => n + syllablesOf(w), 0);
  return Math.round(fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }) + 5);
}

// Passive voice: a form of "to be", perhaps an adverb, then a past participle ("was agreed", "is being
// closely monitored"). A Tip, so a simple reading is enough; words that end in -ed but are adjectives
// people use after "is" are excepted.
const PARTICIPLES =
  'awoken|been|born|beaten|become|begun|bent|bound|bitten|blown|broken|brought|built|burnt|bought|caught|chosen|come|cut|dealt|done|drawn|driven|eaten|fallen|felt|fought|found|forgotten|forgiven|frozen|given|gone|grown|heard|held|hidden|hit|hurt|kept|known|laid|led|left|lent|let|lost|made|meant|met|paid|put|read|rung|risen|run|said|seen|sent|set|shaken|shown|shut|sold|sought|spent|spoken|spread|stolen|struck|sworn|taken|taught|thrown|told|thought|understood|undertaken|withdrawn|won|written';
const PASSIVE = new RegExp(`\\b(?:am|is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+)?(\\w+ed|${PARTICIPLES})\\b`, 'gi');
const NOT_PASSIVE = new Set([
  'interested',
  'concerned',
  'pleased',
  'satisfied',
  'committed',
  'involved',
  'based',
  'required',
  'expected',
  'supposed',
  'needed',
  'limited',
  'related',
  'detailed',
  'attached',
  'red',
  'shed',
  'bed',
  'need',
  'indeed',
  'exceed',
  'proceed',
  'succeed',
]);

export function passivesOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  for (const m of text.matchAll(PASSIVE)) if (!NOT_PASSIVE.has(must(m[1], 'm[1]').toLowerCase())) out.push({ text: m[0], offset: m.index });
  return out;
}

/** Adverbs by adverb-where's list, kept to the "-ly" words and its weakeners (its list also has "many"). */
export function adverbsOf(text: string): { text: string; offset: number }[] {
  return adverbWhere(text)
    .map((a) => ({ text: text.slice(a.index, a.index + a.offset), offset: a.index }))
    .filter((a) => /ly$|^(just|maybe|stuff|things)$/i.test(a.text));
}
