const mongoose = require('mongoose');
app.post('/lookup', async (req, res) => {
// ruleid: code/javascript/nosql-injection
  const user = await User.findOne({ name: req.body.name, password: req.body.password });
// ok: code/javascript/nosql-injection
  const safe = await User.findOne({ name: String(req.body.name) === 'x' ? 'x' : 'y' });
// ok: code/javascript/nosql-injection
  const byId = await User.findOne({ _id: parseInt(req.params.id, 10) });
  res.json({ ok: !!user });
});
