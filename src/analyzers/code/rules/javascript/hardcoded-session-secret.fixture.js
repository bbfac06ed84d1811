const session = require('express-session');
// ruleid: code/javascript/hardcoded-session-secret
app.use(session({ secret: 'keyboard cat', resave: false }));
// ok: code/javascript/hardcoded-session-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));
