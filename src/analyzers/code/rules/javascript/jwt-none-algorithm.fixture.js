const jwt = require('jsonwebtoken');
// ruleid: code/javascript/jwt-none-algorithm
const p = jwt.verify(token, key, { algorithms: ['none', 'HS256'] });
// ok: code/javascript/jwt-none-algorithm
const q = jwt.verify(token, key, { algorithms: ['HS256'] });
