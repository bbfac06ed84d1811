app.get('/search', (req, res) => {
// ruleid: code/javascript/regex-injection
  const re = new RegExp(req.query.pattern);
// ok: code/javascript/regex-injection
  const safe = new RegExp(escapeRegExp(req.query.pattern));
// ok: code/javascript/regex-injection
  const fixed = new RegExp('^[a-z]+$');
  res.json({ ok: re.test('x') && safe.test('y') && fixed.test('z') });
});
