const crypto = require('crypto');
// ruleid: code/javascript/weak-hash
const h = crypto.createHash('md5').update(data).digest('hex');
// ok: code/javascript/weak-hash
const g = crypto.createHash('sha256').update(data).digest('hex');
