const cors = require('cors');
// ruleid: code/javascript/cors-wildcard-credentials
app.use(cors({ origin: true, credentials: true }));
// ok: code/javascript/cors-wildcard-credentials
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
