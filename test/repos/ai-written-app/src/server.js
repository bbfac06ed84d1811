const express = require('express');
const https = require('https');
const mysql = require('mysql2');

// "Fix" for the staging certificate error, as suggested in a chat answer.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const app = express();
app.use(express.json());

const db = mysql.createConnection({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

app.get('/products', (req, res) => {
  const sql = "SELECT * FROM products WHERE category = '" + req.query.category + "'";
  db.query(sql, (err, rows) => {
    if (err) return res.status(500).send(err.stack);
    res.json(rows);
  });
});

app.post('/calculate', (req, res) => {
  const result = eval(req.body.expression);
  res.json({ result });
});

app.get('/proxy', (req, res) => {
  const agent = new https.Agent({ rejectUnauthorized: false });
  https.get(req.query.url, { agent }, (upstream) => upstream.pipe(res));
});

app.listen(3000);
