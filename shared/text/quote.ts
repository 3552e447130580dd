// Text from outside (a cell, a file) quoted in a message: short enough that the message stays one
// readable sentence whatever the file held ("The status "zzzz…" is not in this plan's status key").

/** At most `max` characters (as a reader counts them) of `text` between quotation marks, "…" when cut. */
export function quoteForMessage(text: string, max = 60): string {
  let kept = '';
  let count = 0;
  for (const { segment } of new Intl.Segmenter('en').segment(text)) {
    if (++count > max) return `"${kept}…"`;
    kept += segment;
  }
  return `"${text}"`;
}
