app.post('/calc', (req, res) => {
// ruleid: code/javascript/code-injection
  const result = eval(req.body.expression);
// ruleid: code/javascript/code-injection
  const fn = new Function('a', req.body.code);
// ok: code/javascript/code-injection
  setTimeout(() => res.json({ result }), 10);
// ok: code/javascript/code-injection
  const parsed = JSON.parse(req.body.json);
});
