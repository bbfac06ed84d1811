app.get('/go', (req, res) => {
// ruleid: code/javascript/open-redirect
  res.redirect(req.query.next);
});
app.get('/home', (req, res) => {
// ok: code/javascript/open-redirect
  res.redirect('/dashboard');
});
