const jwt = require('jsonwebtoken');
// ruleid: code/javascript/jwt-hardcoded-secret
const t = jwt.sign({ sub: id }, 'super-secret-key', { expiresIn: '1h' });
// ok: code/javascript/jwt-hardcoded-secret
const u = jwt.sign({ sub: id }, process.env.JWT_SECRET, { expiresIn: '1h' });
const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret-change-me';
// ruleid: code/javascript/jwt-hardcoded-secret
const v = jwt.sign({ sub: id }, JWT_SECRET, { expiresIn: '1h' });
// ruleid: code/javascript/jwt-hardcoded-secret
const w = jwt.verify(token, process.env.JWT_SECRET || 'secret123');
const KEY = loadKeyFromVault();
// ok: code/javascript/jwt-hardcoded-secret
const x = jwt.sign({ sub: id }, KEY, { expiresIn: '1h' });
