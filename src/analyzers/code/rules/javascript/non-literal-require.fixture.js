app.get('/plugin', (req, res) => {
// ruleid: code/javascript/non-literal-require
  const plugin = require(req.query.name);
// ok: code/javascript/non-literal-require
  const fixed = require('./plugins/base');
  res.json(plugin.name + fixed.name);
});
