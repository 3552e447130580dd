// A packed .docx as comparable text: every part by path, with what changes from one export to the
// next (relationship ids docx draws at random, drawing ids, the export's timestamps) replaced by stable stand-ins,
// and XML split one tag to a line so a reference file's diff shows what changed. Used by the golden
// tests (golden.test.ts): everything else must be byte-for-byte what the builder wrote.
import JSZip from 'jszip';
import { must } from '../../records/must';

/** FNV-1a over the bytes: enough to see that a binary part (an image, a chart's workbook) changed. */
function fnv(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/** Splits XML one tag to a line (existing line breaks and backslashes escaped first, so no two inputs give one output). */
export function xmlLines(xml: string): string {
  return xml.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/></g, '>\n<');
}

/**
 * The package's parts: XML and .rels parts as normalised text, other parts as "<bytes> bytes, fnv <hash>".
 * Random relationship ids ("rIdx7k…", never the numbered "rId12") become rIdR1, rIdR2 … in order of
 * first appearance across the package, so references between parts still line up.
 */
export async function normalisedParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => !must(zip.files[n], 'zip.files[n]').dir)
    .sort();
  const ids = new Map<string, string>();
  const stable = (id: string) => {
    if (!ids.has(id)) ids.set(id, `rIdR${ids.size + 1}`);
    return must(ids.get(id), 'ids.get(id)');
  };
  // document.xml.rels first, so ids number in the same order whatever the zip's order
  names.sort((a, b) => Number(b.endsWith('document.xml.rels')) - Number(a.endsWith('document.xml.rels')) || a.localeCompare(b));
  const out = new Map<string, string>();
  for (const name of names) {
    const file = must(zip.files[name], 'zip.files[name]');
    if (/\.(xml|rels)$/.test(name)) {
      // drawing ids (wp:docPr) count up across every export a process makes: number them per part
      let drawing = 0;
      const xml = (await file.async('string'))
        .replace(/\brId(?![0-9]+")[A-Za-z0-9_-]{8,}/g, stable)
        .replace(TIMESTAMP, 'TIMESTAMP')
        .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="D${++drawing}"`);
      out.set(name, xmlLines(xml));
    } else if (/\.xlsx$/.test(name)) {
      // a chart's workbook is a zip of its own, with its own timestamps: compare what it holds
      const inner = await normalisedParts(await file.async('uint8array'));
      out.set(name, [...inner].map(([part, text]) => `== ${part}\n${text}`).join('\n'));
    } else {
      const data = await file.async('uint8array');
      out.set(name, `${data.length} bytes, fnv ${fnv(data)}`);
    }
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
