from flask import request, session

def remember():
# ruleid: code/python/trust-boundary
    session["user"] = request.form["user"]
# ok: code/python/trust-boundary
    session["visits"] = 1
    return "ok"

def remember_flag():
    flag = request.args.get("flag", "")
    # ruleid: code/python/trust-boundary
    session[flag] = True
    # ok: code/python/trust-boundary
    session["flag_" + str(len(flag))] = True
    return "ok"
