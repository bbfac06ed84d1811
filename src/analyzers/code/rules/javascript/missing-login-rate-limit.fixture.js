const express = require('express');
const app = express();
app.use(require('helmet')());
// ruleid: code/javascript/missing-login-rate-limit
app.post('/api/login', (req, res) => res.json({ ok: true }));
// ok: code/javascript/missing-login-rate-limit
app.post('/api/items', (req, res) => res.json({ ok: true }));
