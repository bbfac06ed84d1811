const crypto = require('crypto');
// ruleid: code/javascript/low-pbkdf2-iterations
const k = crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256');
// ok: code/javascript/low-pbkdf2-iterations
const j = crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');
