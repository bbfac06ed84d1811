// ruleid: code/javascript/cookie-insecure
res.cookie('sid', sid, { httpOnly: true, secure: false });
// ok: code/javascript/cookie-insecure
res.cookie('sid', sid, { httpOnly: true, secure: true });
