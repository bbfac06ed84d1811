const crypto = require('crypto');
// ruleid: code/javascript/ecb-mode
const c = crypto.createCipheriv('aes-128-ecb', key, null);
// ok: code/javascript/ecb-mode
const d = crypto.createCipheriv('aes-128-gcm', key, iv);
