const jwt = require('jsonwebtoken');

function issue(user) {
// ruleid: code/javascript/jwt-no-expiry
  const token = jwt.sign({ id: user.id, role: user.role }, process.env.JWT_SECRET);
// ruleid: code/javascript/jwt-no-expiry
  const t2 = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256' });
// ok: code/javascript/jwt-no-expiry
  const t3 = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
// ok: code/javascript/jwt-no-expiry
  const t4 = jwt.sign({ id: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET);
// ok: code/javascript/jwt-no-expiry
  const t5 = jwt.sign(claims, process.env.JWT_SECRET, signOptions);
  return [token, t2, t3, t4, t5];
}
function issueWith(user, expiresIn) {
// ok: code/javascript/jwt-no-expiry
  return jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn });
}
