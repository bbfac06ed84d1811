const crypto = require('crypto');
// ruleid: code/javascript/weak-cipher
const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
// ok: code/javascript/weak-cipher
const d = crypto.createCipheriv('aes-256-gcm', key, iv);
