const crypto = require('crypto');
// ruleid: code/javascript/weak-hash
const h = crypto.createHash('md5').update(data).digest('hex');
// ok: code/javascript/weak-hash
const g = crypto.createHash('sha256').update(data).digest('hex');

function hashToken(token) {
// ruleid: code/javascript/weak-hash
  return crypto.createHash('sha1').update(token).digest('hex');
}

function cacheKeyFor(source) {
  // A cache key: reported at low confidence only (no attacker needs a collision here).
// ruleid: code/javascript/weak-hash
  return crypto.createHash('md5').update(source).digest('hex');
}

function verifyWebhook(body, secret) {
  // HMAC-SHA1 does not rely on SHA-1 collision resistance.
// ok: code/javascript/weak-hash
  return crypto.createHmac('sha1', secret).update(body).digest('hex');
}
