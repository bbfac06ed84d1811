const crypto = require('crypto');

app.post('/webhook', express.raw({ type: '*/*' }), (req, res) => {
  const signature = req.get('X-Hub-Signature-256');
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');
// ruleid: code/javascript/hmac-timing-compare
  if (signature !== expected) return res.sendStatus(401);
  res.sendStatus(204);
});

function verify(payload, mac, key) {
// ruleid: code/javascript/hmac-timing-compare
  return crypto.createHmac('sha256', key).update(payload).digest('hex') === mac;
}

function verifySafely(payload, mac, key) {
  const expected = crypto.createHmac('sha256', key).update(payload).digest();
  const given = Buffer.from(mac, 'hex');
// ok: code/javascript/hmac-timing-compare
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function missing(key) {
  const digest = crypto.createHmac('sha256', key).update('x').digest('hex');
  // Comparing with a literal or empty value reveals nothing secret.
// ok: code/javascript/hmac-timing-compare
  return digest !== '';
}
