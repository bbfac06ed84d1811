const express = require('express');
const app = express();
app.use(require('helmet')());
// ruleid: code/javascript/large-body-limit
app.use(express.json({ limit: '50mb' }));
// ok: code/javascript/large-body-limit
app.use(express.urlencoded({ limit: '100kb', extended: false }));
