const jwt = require('jsonwebtoken');
// ruleid: code/javascript/jwt-hardcoded-secret
const t = jwt.sign({ sub: id }, 'super-secret-key');
// ok: code/javascript/jwt-hardcoded-secret
const u = jwt.sign({ sub: id }, process.env.JWT_SECRET);
