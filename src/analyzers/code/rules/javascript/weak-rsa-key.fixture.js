const crypto = require('crypto');
// ruleid: code/javascript/weak-rsa-key
const pair = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
// ok: code/javascript/weak-rsa-key
const good = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
const NodeRSA = require('node-rsa');
const forge = require('node-forge');
// ruleid: code/javascript/weak-rsa-key
const legacy = new NodeRSA({ b: 1024 });
// ok: code/javascript/weak-rsa-key
const modern = new NodeRSA({ b: 2048 });
// ruleid: code/javascript/weak-rsa-key
modern.generateKeyPair(512);
// ok: code/javascript/weak-rsa-key
modern.generateKeyPair(4096, 65537);
// ruleid: code/javascript/weak-rsa-key
const fk = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
// ok: code/javascript/weak-rsa-key
const fk2 = forge.pki.rsa.generateKeyPair({ bits: 3072, e: 0x10001 });
// A `b` key in an unrelated object is not a key size.
// ok: code/javascript/weak-rsa-key
const point = makePoint({ a: 1, b: 1024 });
