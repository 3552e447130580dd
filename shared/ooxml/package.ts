// An Office file (.docx, .xlsx) opened for reading: a zip package whose parts are inflated against
// one byte budget, so a "zip bomb" stops early whatever sizes its directory claims. Part names are
// matched case-insensitively (some writers vary the case). Every failure is a PackageProblem whose
// message can be shown to the user as it stands.
import JSZip from 'jszip';
import type { XmlElement, XmlLimits } from './xml';
import { attr, children, parseXml } from './xml';

export class PackageProblem extends Error {
  override name = 'PackageProblem';
}

export interface PackageLimits {
  /** Total bytes that may be inflated from the package, across every part read. */
  readonly maxUncompressedBytes: number;
  /** Entries in the zip directory. */
  readonly maxEntries: number;
  readonly xml?: XmlLimits;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = { maxUncompressedBytes: 200 * 1024 * 1024, maxEntries: 10_000 };

/** What kind of file the bytes are, from their first bytes and (for zips) what is inside. */
export type SniffedKind = 'zip' | 'ole' | 'rtf' | 'pdf' | 'html' | 'empty' | 'unknown';

export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 0x03 || b(2) === 0x05) && (b(3) === 0x04 || b(3) === 0x06)) return 'zip';
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'ole';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64)).trimStart().toLowerCase();
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (head.startsWith('%pdf')) return 'pdf';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'unknown';
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

type StreamingFile = JSZip.JSZipObject & { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

export class OfficePackage {
  private readonly byLowerName = new Map<string, JSZip.JSZipObject>();
  private budgetLeft: number;

  private constructor(
    zip: JSZip,
    private readonly limits: PackageLimits,
  ) {
    this.budgetLeft = limits.maxUncompressedBytes;
    for (const [name, file] of Object.entries(zip.files)) if (!file.dir) this.byLowerName.set(name.replace(/^\/+/, '').toLowerCase(), file);
  }

  /** Opens the zip (reading only its directory). Throws PackageProblem when it is not one. */
  static async open(
    bytes: Uint8Array,
    limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
    messages: { notZip: string; damaged: string } = DEFAULT_MESSAGES,
  ): Promise<OfficePackage> {
    if (sniff(bytes) !== 'zip') throw new PackageProblem(messages.notZip);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch {
      throw new PackageProblem(messages.damaged);
    }
    if (Object.keys(zip.files).length > limits.maxEntries)
      throw new PackageProblem(`${messages.damaged.split('.')[0]}: it holds more than ${limits.maxEntries.toLocaleString('en-GB')} parts.`);
    return new OfficePackage(zip, limits);
  }

  /** Every part name as the zip spells it (no leading slash). */
  partNamesAsWritten(): string[] {
    return [...this.byLowerName.values()].map((f) => f.name.replace(/^\/+/, ''));
  }

  /** Every part name (lower-cased, no leading slash). */
  partNames(): string[] {
    return [...this.byLowerName.keys()];
  }

  has(path: string): boolean {
    return this.byLowerName.has(normalise(path));
  }

  /** The part's bytes, or null when absent; inflating counts against the budget. */
  async bytes(path: string): Promise<Uint8Array | null> {
    const file = this.byLowerName.get(normalise(path)) as StreamingFile | undefined;
    if (!file) return null;
    const chunks: Uint8Array[] = [];
    await new Promise<void>((resolve, reject) => {
      let stream: JSZip.JSZipStreamHelper<Uint8Array>;
      try {
        stream = file.internalStream('uint8array');
      } catch {
        reject(new PackageProblem(`A part of the file (${path}) is damaged and cannot be read.`));
        return;
      }
      stream
        .on('data', (chunk) => {
          this.budgetLeft -= chunk.length;
          if (this.budgetLeft < 0) {
            stream.pause();
            reject(
              new PackageProblem(
                `The file unpacks to more than ${Math.round(this.limits.maxUncompressedBytes / 1024 / 1024)} MB, more than can be read safely.`,
              ),
            );
          } else chunks.push(chunk);
        })
        .on('error', () => reject(new PackageProblem(`A part of the file (${path}) is damaged and cannot be read.`)))
        .on('end', () => resolve())
        .resume();
    });
    let total = 0;
    for (const c of chunks) total += c.length;
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return all;
  }

  async text(path: string): Promise<string | null> {
    const b = await this.bytes(path);
    return b === null ? null : new TextDecoder('utf-8').decode(b);
  }

  /** The part parsed as XML, or null when absent. Throws PackageProblem when it is not well-formed. */
  async xml(path: string): Promise<XmlElement | null> {
    const t = await this.text(path);
    if (t === null) return null;
    const r = parseXml(t, this.limits.xml);
    if (!r.ok) throw new PackageProblem(`A part of the file (${path}) cannot be read: ${r.error}.`);
    return r.root;
  }

  /** The relationships of a part (from its _rels file), by id; targets resolved to part paths unless external. */
  async relationships(part: string): Promise<Map<string, Relationship>> {
    const out = new Map<string, Relationship>();
    const rels = await this.xml(relsPathOf(part));
    if (!rels) return out;
    for (const r of children(rels, 'pr:Relationship')) {
      const id = attr(r, 'Id') ?? '';
      const external = (attr(r, 'TargetMode') ?? '').toLowerCase() === 'external';
      const target = attr(r, 'Target') ?? '';
      out.set(id, { id, type: attr(r, 'Type') ?? '', target: external ? target : resolvePartPath(part, target), external });
    }
    return out;
  }

  /** The main part a root relationship of this type points at (e.g. the officeDocument). */
  async rootPart(typeSuffix: string): Promise<string | null> {
    for (const r of (await this.relationships('')).values()) if (!r.external && r.type.endsWith(typeSuffix)) return r.target;
    return null;
  }
}

const DEFAULT_MESSAGES = {
  notZip: 'This file is not an Office document: it could not be opened as one.',
  damaged: 'This file is damaged or incomplete and cannot be read. Open it in Word or Excel, save it again and retry.',
};

const normalise = (path: string): string => path.replace(/^\/+/, '').toLowerCase();

/** "word/media/image1.png" from a relationship target relative to the part "word/document.xml". */
export function resolvePartPath(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** "_rels/.rels" for the package (""), "word/_rels/document.xml.rels" for "word/document.xml". */
export function relsPathOf(part: string): string {
  if (part === '') return '_rels/.rels';
  const dir = part.split('/').slice(0, -1).join('/');
  const name = part.split('/').pop() ?? '';
  return `${dir ? `${dir}/` : ''}_rels/${name}.rels`;
}
