app.use((err, req, res, next) => {
// ruleid: code/javascript/stack-trace-exposure
  res.status(500).send(err.stack);
// ok: code/javascript/stack-trace-exposure
  res.status(500).send('internal error');
});
