function parseHeader(buffer, offset) {
// ruleid: code/javascript/buffer-noassert
  const port = buffer.readUInt16BE(offset + 2, true);
// ruleid: code/javascript/buffer-noassert
  buffer.writeUInt32LE(port, offset, true);
// ruleid: code/javascript/buffer-noassert
  const len = buffer.readIntBE(offset, 3, true);
// ok: code/javascript/buffer-noassert
  const checked = buffer.readUInt16BE(offset + 2);
// ok: code/javascript/buffer-noassert
  buffer.writeUInt32LE(port, offset);
  // A reader API of another library whose single flag is not noAssert.
// ok: code/javascript/buffer-noassert
  const key = stream.readInt8(true);
  return port + len + checked + key;
}
