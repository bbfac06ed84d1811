// ruleid: code/javascript/cookie-no-httponly
res.cookie('sid', sid, { httpOnly: false, secure: true });
// ok: code/javascript/cookie-no-httponly
res.cookie('sid', sid, { httpOnly: true, secure: true });
