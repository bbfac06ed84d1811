const crypto = require('crypto');
// ruleid: code/javascript/deprecated-create-cipher
const c = crypto.createCipher('aes192', password);
// ok: code/javascript/deprecated-create-cipher
const d = crypto.createCipheriv('aes-192-gcm', key, iv);
