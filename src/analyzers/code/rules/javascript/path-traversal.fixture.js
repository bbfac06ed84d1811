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
