const fs = require('fs');
const path = require('path');
app.get('/file', (req, res) => {
  const name = req.query.name;
// ruleid: code/javascript/path-traversal
  fs.readFile(path.join(__dirname, 'files', name), (err, data) => res.end());
  const safeName = path.basename(name);
// ok: code/javascript/path-traversal
  fs.readFile(path.join(__dirname, 'files', safeName), (err, data) => res.end());
// ok: code/javascript/path-traversal
  fs.readFile(path.join(__dirname, 'files', 'index.html'), (err, data) => res.end());
});
app.post('/workspace', (req, res) => {
// ruleid: code/javascript/path-traversal
  fs.mkdirSync(path.join('/srv/users', req.body.dir), { recursive: true });
// ruleid: code/javascript/path-traversal
  fs.copyFileSync(req.body.src, '/srv/users/inbox/copy');
// ok: code/javascript/path-traversal
  fs.mkdirSync(path.join('/srv/users', String(req.user.id)), { recursive: true });
  res.end();
});
app.get('/public', (req, res) => {
  // Express resolves the name under root and answers 403 to '..'.
// ok: code/javascript/path-traversal
  res.sendFile(req.query.name, { root: path.join(__dirname, 'public') });
// ruleid: code/javascript/path-traversal
  res.sendFile(path.join(__dirname, 'public', req.query.name));
// ruleid: code/javascript/path-traversal
  res.download(path.join(rootDir, req.query.name));
});
