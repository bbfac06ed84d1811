const crypto = require('crypto');
// ruleid: code/javascript/static-iv
const c = crypto.createCipheriv('aes-256-cbc', key, Buffer.from('0000000000000000'));
// ok: code/javascript/static-iv
const d = crypto.createCipheriv('aes-256-cbc', key, crypto.randomBytes(16));
