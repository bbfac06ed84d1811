app.post('/users', async (req, res) => {
// ruleid: code/javascript/mass-assignment
  const user = await User.create(req.body);
// ok: code/javascript/mass-assignment
  const other = await User.create({ name: req.body.name });
  res.json({ user, other });
});
