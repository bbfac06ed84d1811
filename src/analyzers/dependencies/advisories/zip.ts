import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/**
 * Reads a zip archive from its central directory (stored and deflated entries only, which is
 * what OSV's exports use). Bounded: at most `maxEntries`, each at most `maxEntryBytes` inflated,
 * so a hostile archive cannot exhaust memory.
 */
export function* readZip(buf: Buffer, maxEntries = 1_000_000, maxEntryBytes = 64 * 1024 * 1024): Generator<ZipEntry> {
  const eocd = findEocd(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const total = count === 0xffff ? Infinity : count;
  for (let i = 0; i < total && i < maxEntries; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) {
      if (count === 0xffff) return;
      throw new Error(`zip: bad central directory entry ${i}`);
    }
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    at += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    if (size > maxEntryBytes) throw new Error(`zip: entry ${name} is ${size} bytes, over the limit`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    if (method === 0) yield { name, data: raw };
    else if (method === 8) yield { name, data: inflateRawSync(raw, { maxOutputLength: maxEntryBytes }) };
    else throw new Error(`zip: entry ${name} uses unsupported method ${method}`);
  }
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === 0x06054b50) return i;
  throw new Error('zip: no end of central directory (not a zip archive)');
}
