// XML text to a small element tree, parsed by saxes (a kept, strict, streaming parser: the one
// exceljs and jsdom use). Untrusted input: a DOCTYPE is refused (OOXML never has one, and it is how
// entity-expansion attacks arrive), depth and element count are bounded, and every failure is a
// plain message, never a throw.
//
// Element names are normalised by namespace URI to the prefixes the OOXML specification uses
// ("w:p", "r:id", "a:blip"), whatever prefix the file declared, so readers can match on names
// written the usual way; elements of namespaces not listed keep the prefix the file gave them.
import { SaxesParser } from 'saxes';
import { must } from '../records/must';

export interface XmlElement {
  /** Canonical qualified name, e.g. "w:p". */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

export interface XmlLimits {
  readonly maxElements: number;
  readonly maxDepth: number;
}
export const DEFAULT_XML_LIMITS: XmlLimits = { maxElements: 3_000_000, maxDepth: 400 };

export type XmlResult = { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly error: string };

/** Namespace URI → the prefix the specification uses (transitional and strict forms). */
const PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'c',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'ep',
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'x',
  'http://purl.oclc.org/ooxml/spreadsheetml/main': 'x',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'op',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

interface Building {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** The namespaces in force at an element: prefix → URI ('' for the default), with a cache of names resolved in it. */
interface Scope {
  readonly uris: Readonly<Record<string, string>>;
  readonly names: Map<string, string>;
}

const XML_URI = 'http://www.w3.org/XML/1998/namespace';
const NO_ATTRS: Record<string, string> = Object.freeze({});

/** "w:p" (as written) → its canonical name in this scope; attributes without a prefix have no namespace. */
function resolveName(scope: Scope, written: string, attribute: boolean): string {
  const key = attribute ? `@${written}` : written;
  const hit = scope.names.get(key);
  if (hit !== undefined) return hit;
  const colon = written.indexOf(':');
  const prefix = colon < 0 ? '' : written.slice(0, colon);
  const local = colon < 0 ? written : written.slice(colon + 1);
  const uri = prefix === 'xml' ? XML_URI : attribute && colon < 0 ? undefined : scope.uris[prefix];
  const p = uri ? PREFIXES[uri] : undefined;
  const out = p ? `${p}:${local}` : written;
  scope.names.set(key, out);
  return out;
}

/**
 * Parses one XML document. Whitespace-only text between elements is kept (w:t may hold spaces).
 * Namespaces are resolved here from the xmlns declarations (saxes' own namespace mode costs twice
 * the time on a long paper's document.xml, and OOXML declares its namespaces once, at the root).
 */
export function parseXml(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlResult {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const stack: Building[] = [];
  const scopes: Scope[] = [{ uris: {}, names: new Map() }];
  // Set from the parser's callbacks: the assertions keep TypeScript from narrowing them to null for good.
  let root = null as Building | null;
  let elements = 0;
  let problem = null as string | null;

  parser.on('doctype', () => {
    problem ??= 'it declares a DOCTYPE, which Office files never do';
  });
  parser.on('opentag', (tag) => {
    if (problem) return;
    if (++elements > limits.maxElements) {
      problem = `it has more than ${limits.maxElements.toLocaleString('en-GB')} elements`;
      return;
    }
    if (stack.length >= limits.maxDepth) {
      problem = `it nests elements more than ${limits.maxDepth} deep`;
      return;
    }
    const raw = tag.attributes as Record<string, string>;
    let scope = must(scopes[scopes.length - 1], 'scopes[scopes.length - 1]');
    let declared: Record<string, string> | null = null;
    for (const name in raw) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) (declared ??= {})[name === 'xmlns' ? '' : name.slice(6)] = must(raw[name], 'raw[name]');
    }
    if (declared) scope = { uris: { ...scope.uris, ...declared }, names: new Map() };
    scopes.push(scope);
    let attrs = NO_ATTRS;
    for (const name in raw) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (attrs === NO_ATTRS) attrs = {};
      attrs[resolveName(scope, name, true)] = must(raw[name], 'raw[name]');
    }
    const el: Building = { name: resolveName(scope, tag.name, false), attrs, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (problem) return;
    stack.pop();
    scopes.pop();
  });
  const addText = (t: string) => {
    if (problem) return;
    const parent = stack[stack.length - 1];
    if (!parent || t === '') return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + t;
    else parent.children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^[^:]*:\d+:\d+:\s*/, '') : String(e);
    return { ok: false, error: problem ?? `it is not well-formed XML (${detail.slice(0, 120)})` };
  }
  if (problem) return { ok: false, error: problem };
  if (!root) return { ok: false, error: 'it has no root element' };
  return { ok: true, root };
}

// ---- Reading the tree ----

export const isElement = (n: XmlNode): n is XmlElement => typeof n !== 'string';

/** The element's child elements, all or by name. */
export function children(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (isElement(c) && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (isElement(c) && c.name === name) return c;
  return undefined;
}

/** The first element at the end of a path of child names, e.g. path(p, 'w:pPr', 'w:pStyle'). */
export function path(el: XmlElement, ...names: string[]): XmlElement | undefined {
  let at: XmlElement | undefined = el;
  for (const n of names) {
    if (!at) return undefined;
    at = child(at, n);
  }
  return at;
}

/** Every descendant element with this name, in document order (not descending into matches). */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

export const attr = (el: XmlElement | undefined, name: string): string | undefined => el?.attrs[name];

/** All text inside the element, as a string (no markup knowledge). */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textContent(c);
  return out;
}
