app.get('/go', (req, res) => {
// ruleid: code/javascript/open-redirect
  res.redirect(req.query.next);
});
app.get('/home', (req, res) => {
// ok: code/javascript/open-redirect
  res.redirect('/dashboard');
});
app.get('/users/:id/edit', (req, res) => {
  // A fixed local path prefix keeps the redirect on this site, whatever the id holds.
// ok: code/javascript/open-redirect
  res.redirect('/users/' + req.params.id);
// ok: code/javascript/open-redirect
  res.redirect(`https://app.example.com/users/${req.params.id}`);
  // A bare '/' prefix does not: '/' + '/evil.example' is a protocol-relative URL.
// ruleid: code/javascript/open-redirect
  res.redirect('/' + req.query.next);
// ruleid: code/javascript/open-redirect
  res.redirect(`https://${req.query.host}/welcome`);
});
