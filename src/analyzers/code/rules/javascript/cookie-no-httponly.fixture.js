// ruleid: code/javascript/cookie-no-httponly
res.cookie('sid', sid, { httpOnly: false, secure: true });
// ok: code/javascript/cookie-no-httponly
res.cookie('sid', sid, { httpOnly: true, secure: true });
app.post('/preferences', (req, res) => {
  const token = issueToken(req.user);
// ruleid: code/javascript/cookie-no-httponly
  res.cookie('token', token);
// ruleid: code/javascript/cookie-no-httponly
  res.cookie('session_id', token, { secure: true, sameSite: 'lax' });
// ok: code/javascript/cookie-no-httponly
  res.cookie('token', token, { httpOnly: true, secure: true });
// ok: code/javascript/cookie-no-httponly
  res.cookie('theme', 'dark');
// ok: code/javascript/cookie-no-httponly
  res.cookie('token', token, cookieOptions);
  // Double-submit CSRF cookies are read by the page's scripts on purpose.
// ok: code/javascript/cookie-no-httponly
  res.cookie('XSRF-TOKEN', req.csrfToken());
  res.end();
});
