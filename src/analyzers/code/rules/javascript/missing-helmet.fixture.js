const express = require('express');
// ruleid: code/javascript/missing-helmet
const app = express();
app.get('/', (req, res) => res.json({ ok: true }));
// ok: code/javascript/missing-helmet
const router = express.Router();
