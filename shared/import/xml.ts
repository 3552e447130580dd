// Just enough XML reading for spreadsheet parts, by regular expressions on purpose: .xlsx parts are
// flat and machine-written, the reader must run anywhere (no DOMParser in Node), and a tolerant scan
// never expands entities other than the five predefined ones and character references, so an
// "entity bomb" is read as plain text.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCodePoint(code: number): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
}

/** Text content or an attribute value with its entities and character references decoded. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g, (_, hex?: string, dec?: string, name?: string) =>
    hex ? fromCodePoint(parseInt(hex, 16)) : dec ? fromCodePoint(parseInt(dec, 10)) : (NAMED[name ?? ''] ?? ''),
  );
}

/** Excel writes characters XML cannot hold as "_x000D_"; "_x005F_" escapes a literal underscore. */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => fromCodePoint(parseInt(hex, 16)));
}

/** The attributes of a start tag's attribute text, by local name (prefixes dropped: r:id → id). */
export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] ?? '').replace(/^[\w.-]*:/, '');
    if (!out.has(name)) out.set(name, decodeXmlText(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** Every element `name` (any namespace prefix): its attribute text and inner XML ('' when self-closing). */
export function* elements(xml: string, name: string): Generator<{ attrs: string; inner: string }> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`, 'g');
  for (const m of xml.matchAll(re)) yield { attrs: m[1] ?? '', inner: m[2] ?? '' };
}

/** The first element `name` in `xml`, or null. */
export function firstElement(xml: string, name: string): { attrs: string; inner: string } | null {
  for (const e of elements(xml, name)) return e;
  return null;
}

/**
 * The visible text of a shared or inline string: every <t> run joined, leaving out phonetic
 * guides (<rPh>), which Excel does not display.
 */
export function runText(inner: string): string {
  const visible = inner.includes('rPh') ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g, '') : inner;
  let out = '';
  for (const t of elements(visible, 't')) out += decodeOoxmlEscapes(decodeXmlText(t.inner));
  return out;
}
