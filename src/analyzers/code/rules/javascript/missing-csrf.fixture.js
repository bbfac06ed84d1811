const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
// ruleid: code/javascript/missing-csrf
const app = express();
app.use(helmet());
app.use(session({ secret: process.env.S, resave: false }));
// ok: code/javascript/missing-csrf
const api = express.Router();
