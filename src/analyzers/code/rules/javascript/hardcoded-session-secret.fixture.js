const session = require('express-session');
// ruleid: code/javascript/hardcoded-session-secret
app.use(session({ secret: 'keyboard cat', resave: false }));
// ok: code/javascript/hardcoded-session-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));
// ruleid: code/javascript/hardcoded-session-secret
app.use(session({ secret: process.env.SESSION_SECRET || 'keyboard cat', resave: false }));
// ruleid: code/javascript/hardcoded-session-secret
app.use(cookieSession({ keys: ['key-one-literal'] }));
const SECRET = process.env.SESSION_SECRET ?? 'fallback-secret';
// ruleid: code/javascript/hardcoded-session-secret
app.use(session({ secret: SECRET }));
// ok: code/javascript/hardcoded-session-secret
app.use(session({ secret: requireEnv('SESSION_SECRET') }));
