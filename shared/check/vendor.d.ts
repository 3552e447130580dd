// adverb-where ships no types: it returns where each adverb starts and how long it is.
declare module 'adverb-where' {
  export default function adverbWhere(text: string): { index: number; offset: number }[];
}
