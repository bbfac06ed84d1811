const crypto = require('crypto');
// ruleid: code/javascript/weak-rsa-key
const pair = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
// ok: code/javascript/weak-rsa-key
const good = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
