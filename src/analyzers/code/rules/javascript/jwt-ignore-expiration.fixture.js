const jwt = require('jsonwebtoken');
// ruleid: code/javascript/jwt-ignore-expiration
const p = jwt.verify(token, key, { ignoreExpiration: true });
// ok: code/javascript/jwt-ignore-expiration
const q = jwt.verify(token, key, { ignoreExpiration: false });
