const escapeHtml = require('escape-html');
app.get('/hello', (req, res) => {
// ruleid: code/javascript/reflected-xss
  res.send('<h1>Hello ' + req.query.name + '</h1>');
// ok: code/javascript/reflected-xss
  res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');
// ok: code/javascript/reflected-xss
  res.send('<h1>Hello</h1>');
});
