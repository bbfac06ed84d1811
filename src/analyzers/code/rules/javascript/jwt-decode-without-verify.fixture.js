const jwt = require('jsonwebtoken');
function user(token) {
// ruleid: code/javascript/jwt-decode-without-verify
  return jwt.decode(token).sub;
}
// ok: code/javascript/jwt-decode-without-verify
const header = JSON.parse(atob(part));
