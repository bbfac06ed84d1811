app.post('/register', (req, res) => {
// ruleid: code/javascript/log-injection
  logger.info('login attempt for ' + req.body.user);
// ok: code/javascript/log-injection
  logger.info('login attempt');
  res.end();
});
