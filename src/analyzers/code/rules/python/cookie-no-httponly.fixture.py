from flask import make_response
resp = make_response("ok")
# ruleid: code/python/cookie-no-httponly
resp.set_cookie("sid", sid, httponly=False, secure=True)
# ok: code/python/cookie-no-httponly
resp.set_cookie("sid", sid, httponly=True, secure=True)
