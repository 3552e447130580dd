// Link targets and finding URLs in plain text (footnotes hold plain text, and the reference papers
// put the source URL there, which a reader wants to click).
import { xmlSafe } from '../text/xml-safe';

const SAFE_SCHEME = /^(https?:|mailto:|tel:|ftp:)/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

/**
 * A target Word can open safely, or null to print the text without a link. Bare "www." addresses get
 * http://, bare e-mail addresses get mailto:; scripts, file paths and other schemes are refused.
 */
export function safeHref(href: string): string | null {
  const h = xmlSafe(href).trim();
  if (!h || /\s/.test(h)) return null;
  if (SAFE_SCHEME.test(h)) return h;
  if (/^www\./i.test(h)) return `http://${h}`;
  if (EMAIL.test(h)) return `mailto:${h}`;
  return null;
}

export type TextPiece = { readonly text: string; readonly href?: string };

// http(s)/ftp URLs, www. addresses and e-mail addresses.
const URLISH = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Sentence punctuation right after a URL belongs to the sentence, not the address.
const TRAILING = /[.,;:!?'")\]]+$/;

/** Splits plain text into text and links, so URLs in footnotes become real hyperlinks. */
export function linkify(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let last = 0;
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(text); m; m = URLISH.exec(text)) {
    let url = m[0];
    const trail = TRAILING.exec(url);
    // keep a closing bracket that closes one opened inside the URL (Wikipedia-style addresses)
    if (trail) {
      let cut = trail[0];
      if (cut.startsWith(')') && url.includes('(')) cut = cut.slice(1);
      url = url.slice(0, url.length - cut.length);
    }
    const href = safeHref(url);
    if (!href) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: url, href });
    last = m.index + url.length;
    URLISH.lastIndex = last;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
