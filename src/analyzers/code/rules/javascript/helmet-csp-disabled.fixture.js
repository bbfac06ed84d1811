const helmet = require('helmet');
// ruleid: code/javascript/helmet-csp-disabled
app.use(helmet({ contentSecurityPolicy: false }));
// ok: code/javascript/helmet-csp-disabled
app.use(helmet({ crossOriginEmbedderPolicy: false }));
