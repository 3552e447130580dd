// A .docx package's parts zipped with a DEFLATE given by the caller. The docx library zips with
// fflate's JavaScript DEFLATE, which in a short-lived process runs before V8 has optimised it: in
// the command line's profile it was ~10% of the sample paper's export. Node's zlib (native) does the
// same work in a fraction of the time, so the command line packs through here with zlib; the app
// keeps Packer.pack. A plain zip: one local header per part, then the central directory; no data
// descriptors, no zip64 (a paper's parts are far below 4 GB each).

export interface Deflater {
  /** Raw DEFLATE (no zlib or gzip header), as a zip's method 8 holds it. */
  readonly deflateRaw: (data: Uint8Array) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
}

/** A DOS date and time (local), as zip headers store them: 2-second resolution, from 1980. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const encoder = new TextEncoder();

/** Zips the parts in the order given; each stored deflated, or as is when DEFLATE would not shrink it. */
export function zipParts(parts: ReadonlyMap<string, string | Uint8Array>, deflater: Deflater, at: Date = new Date()): Uint8Array {
  const { time, date } = dosDateTime(at);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [path, data] of parts) {
    const raw = typeof data === 'string' ? encoder.encode(data) : data;
    const name = encoder.encode(path);
    const packed = deflater.deflateRaw(raw);
    const stored = packed.length >= raw.length;
    const body = stored ? raw : packed;
    const crc = deflater.crc32(raw) >>> 0;
    // The UTF-8 flag (bit 11) only when the name needs it, as other zip writers do.
    const flag = name.length !== path.length ? 0x0800 : 0;
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    l.setUint16(6, flag, true);
    l.setUint16(8, stored ? 0 : 8, true);
    l.setUint16(10, time, true);
    l.setUint16(12, date, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, raw.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, 0, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const c = new DataView(entry.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true); // made by: MS-DOS, 2.0
    c.setUint16(6, 20, true);
    c.setUint16(8, flag, true);
    c.setUint16(10, stored ? 0 : 8, true);
    c.setUint16(12, time, true);
    c.setUint16(14, date, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true);
    c.setUint32(24, raw.length, true);
    c.setUint16(28, name.length, true);
    // extra, comment, disk, internal and external attributes: 0
    c.setUint32(42, offset, true);
    entry.set(name, 46);
    chunks.push(local, body);
    central.push(entry);
    offset += local.length + body.length;
  }
  const centralSize = central.reduce((n, e) => n + e.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, central.length, true);
  e.setUint16(10, central.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at0 = 0;
  for (const part of [...chunks, ...central, end]) {
    out.set(part, at0);
    at0 += part.length;
  }
  return out;
}
