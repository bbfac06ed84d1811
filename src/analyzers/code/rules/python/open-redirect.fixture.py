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


def back(request):
    from django.http import HttpResponseRedirect
    from django.urls import reverse
    from django.utils.http import url_has_allowed_host_and_scheme
    referer = request.META.get("HTTP_REFERER")
    if referer and url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}):
        # ok: code/python/open-redirect
        return HttpResponseRedirect(referer)
    product = request.GET.get("product", "")
    if product:
        # ok: code/python/open-redirect
        return HttpResponseRedirect(reverse("endpoints") + "?product=" + product)
    # ruleid: code/python/open-redirect
    return HttpResponseRedirect(referer)
