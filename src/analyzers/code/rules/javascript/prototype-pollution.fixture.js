const _ = require('lodash');
app.post('/settings', (req, res) => {
  const settings = {};
// ruleid: code/javascript/prototype-pollution
  _.merge(settings, req.body);
// ok: code/javascript/prototype-pollution
  _.merge(settings, { theme: 'dark' });
  res.json(settings);
});
