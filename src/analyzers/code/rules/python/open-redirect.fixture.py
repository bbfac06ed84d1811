from flask import request, redirect, url_for

def go():
# ruleid: code/python/open-redirect
    return redirect(request.args.get("next"))

def home():
# ok: code/python/open-redirect
    return redirect(url_for("index"))


def profile():
    username = request.args.get("u", "")
    # ok: code/python/open-redirect
    return redirect(url_for("user", username=username))


def login_done():
    from urllib.parse import urlsplit
    next_page = request.args.get("next")
    if not next_page or urlsplit(next_page).netloc != "":
        next_page = url_for("index")
    # ok: code/python/open-redirect
    return redirect(next_page)


def login_unchecked():
    next_page = request.args.get("next")
    if not next_page:
        next_page = url_for("index")
    # ruleid: code/python/open-redirect
    return redirect(next_page)


def search_again():
    q = request.args.get("q", "")
    # ok: code/python/open-redirect
    return redirect("/search?q=" + q)


def external():
    host = request.args.get("host", "")
    # ruleid: code/python/open-redirect
    return redirect("//" + host)
