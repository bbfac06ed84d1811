const ejs = require('ejs');
app.get('/page', (req, res) => {
// ruleid: code/javascript/template-injection
  const html = ejs.render('<p>' + req.query.title + '</p>');
// ok: code/javascript/template-injection
  const ok = ejs.render('<p><%= title %></p>', { title: req.query.title });
  res.json({ html, ok });
});
