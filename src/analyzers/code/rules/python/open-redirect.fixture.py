from flask import request, redirect, url_for

def go():
# ruleid: code/python/open-redirect
    return redirect(request.args.get("next"))

def home():
# ok: code/python/open-redirect
    return redirect(url_for("index"))
