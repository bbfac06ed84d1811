import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Reused read buffer: a fresh allocation per file made garbage collection a visible share of a scan. */
let scratch: Buffer | undefined;
const SCRATCH_MAX = 4 * 1024 * 1024;

/**
 * One open, one fstat, reads to EOF. O_NOFOLLOW: a symlink is never followed out of the root,
 * whatever list the path came from; O_NONBLOCK: opening a FIFO cannot hang the scan, and
 * fstat then rejects anything that is not a regular file.
 *
 * With `reuse`, a file of up to 4 MB is read into a buffer shared by every call: the caller
 * must be done with it (decoded it) before the next read.
 */
export function readRegularFile(path: string, limit: number, reuse = false): { kind: 'ok'; buffer: Buffer } | { kind: 'not-regular' } | { kind: 'too-large'; size: number } {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) return { kind: 'not-regular' };
    if (s.size > limit) return { kind: 'too-large', size: s.size };
    // One byte more than the size: the read that returns 0 (end of file) then needs no bigger buffer.
    let buffer: Buffer;
    if (reuse && s.size < SCRATCH_MAX) {
      if (!scratch || scratch.length <= s.size) scratch = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MAX, Math.max(64 * 1024, 2 ** Math.ceil(Math.log2(s.size + 1)))));
      buffer = scratch.subarray(0, s.size + 1);
    } else buffer = Buffer.allocUnsafe(s.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew since fstat: keep reading, within the limit.
        if (length > limit) return { kind: 'too-large', size: length };
        const bigger = Buffer.allocUnsafe(Math.max(4096, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { kind: 'ok', buffer: length === buffer.length ? buffer : buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}
