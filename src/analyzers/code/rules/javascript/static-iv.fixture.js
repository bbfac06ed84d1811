const crypto = require('crypto');
// ruleid: code/javascript/static-iv
const c = crypto.createCipheriv('aes-256-cbc', key, Buffer.from('0000000000000000'));
// ok: code/javascript/static-iv
const d = crypto.createCipheriv('aes-256-cbc', key, crypto.randomBytes(16));

function encrypt(key, text) {
  const iv = Buffer.alloc(16, 0);
// ruleid: code/javascript/static-iv
  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptGcm(key, text) {
  const nonce = new Uint8Array(12);
// ruleid: code/javascript/static-iv
  return crypto.createCipheriv('aes-256-gcm', key, nonce).update(text);
}

function encryptFresh(key, text) {
  const iv = crypto.randomBytes(16);
// ok: code/javascript/static-iv
  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
  return { iv, data: Buffer.concat([cipher.update(text), cipher.final()]) };
}

function encryptWithIv(key, text, iv) {
  // The IV comes from the caller: not provably constant here.
// ok: code/javascript/static-iv
  return crypto.createCipheriv('aes-256-cbc', key, iv).update(text);
}
