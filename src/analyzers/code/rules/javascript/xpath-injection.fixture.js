const xpath = require('xpath');
app.get('/emp', (req, res) => {
// ruleid: code/javascript/xpath-injection
  const nodes = xpath.select("//user[name='" + req.query.name + "']", doc);
// ok: code/javascript/xpath-injection
  const all = xpath.select('//user', doc);
  res.json({ n: nodes.length + all.length });
});
