const express = require('express');
const path = require('path');
const helmet = require('helmet');
const app = express();
app.use(helmet());

// ruleid: code/javascript/static-serves-app-dir
app.use(express.static(__dirname));
// ruleid: code/javascript/static-serves-app-dir
app.use(express.static('.'));
// ruleid: code/javascript/static-serves-app-dir
app.use('/files', express.static(path.join(__dirname, '..')));
// ruleid: code/javascript/static-serves-app-dir
app.use(express.static(process.cwd()));

// ok: code/javascript/static-serves-app-dir
app.use(express.static(path.join(__dirname, 'public')));
// ok: code/javascript/static-serves-app-dir
app.use('/assets', express.static('dist/assets'));
