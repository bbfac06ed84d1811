// ruleid: code/javascript/cookie-samesite-none
res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'none' });
// ok: code/javascript/cookie-samesite-none
res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' });
