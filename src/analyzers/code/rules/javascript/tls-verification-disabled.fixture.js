const https = require('https');
// ruleid: code/javascript/tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false });
// ok: code/javascript/tls-verification-disabled
const good = new https.Agent({ rejectUnauthorized: true });
