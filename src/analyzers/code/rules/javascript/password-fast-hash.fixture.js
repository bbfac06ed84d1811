const crypto = require('crypto');
// ruleid: code/javascript/password-fast-hash
const stored = crypto.createHash('sha256').update(password).digest('hex');
// ok: code/javascript/password-fast-hash
const etag = crypto.createHash('sha256').update(body).digest('hex');
