app.get('/plugin', (req, res) => {
// ruleid: code/javascript/non-literal-require
  const plugin = require(req.query.name);
  const name = req.query.plugin;
// ruleid: code/javascript/non-literal-require
  const handler = require('./plugins/' + name);
// ok: code/javascript/non-literal-require
  const fixed = require('./plugins/base');
  res.json(plugin.name + fixed.name + handler.name);
});

app.get('/lazy', async (req, res) => {
// ruleid: code/javascript/non-literal-require
  const mod = await import(`./locales/${req.params.lang}.js`);
  const ALLOWED = { en: './locales/en.js', fr: './locales/fr.js' };
// ok: code/javascript/non-literal-require
  const safe = await import('./locales/en.js');
  res.json({ mod, safe, ALLOWED });
});

// A CLI that loads its own config by flag: the operator chooses the file.
// ok: code/javascript/non-literal-require
const config = require(process.argv[2]);
