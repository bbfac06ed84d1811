app.get('/user', (req, res) => {
  const id = req.query.id;
  const sql = "SELECT * FROM users WHERE id = '" + id + "'";
// ruleid: code/javascript/sql-injection
  db.query(sql, (err, rows) => res.json(rows));
// ok: code/javascript/sql-injection
  db.query('SELECT * FROM users WHERE id = ?', [id], (err, rows) => res.json(rows));
  const n = Number(req.query.n);
// ok: code/javascript/sql-injection
  db.query('SELECT * FROM t LIMIT ' + n);
// ruleid: code/javascript/sql-injection
  prisma.$queryRawUnsafe(`SELECT * FROM users WHERE name = '${req.body.name}'`);
});
function findUser(name) {
// ruleid: code/javascript/sql-injection
  return connection.query(`SELECT * FROM users WHERE name = '${name}'`);
}

// Two local helpers deep: the request value reaches the query through both.
function runQuery(sql) {
// ruleid: code/javascript/sql-injection
  return pool.query(sql);
}
function findByEmail(email) {
  return runQuery("SELECT * FROM users WHERE email = '" + email + "'");
}
function countUsers() {
  return runQuery('SELECT count(*) FROM users');
}
app.get('/by-email', (req, res) => {
  findByEmail(req.query.email).then((rows) => res.json(rows));
  countUsers().then((n) => res.json(n));
});
