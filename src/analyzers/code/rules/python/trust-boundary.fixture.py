from flask import request, session

def remember():
# ruleid: code/python/trust-boundary
    session["user"] = request.form["user"]
# ok: code/python/trust-boundary
    session["visits"] = 1
    return "ok"
