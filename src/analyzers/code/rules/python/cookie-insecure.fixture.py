from flask import make_response
resp = make_response("ok")
# ruleid: code/python/cookie-insecure
resp.set_cookie("sid", sid, httponly=True, secure=False)
# ok: code/python/cookie-insecure
resp.set_cookie("sid", sid, httponly=True, secure=True)
