import html
from flask import request
from app import app

@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    if name == "admin":
# ok: code/python/xss
        return "<p>Hello " + html.escape(name) + "</p>"
# ruleid: code/python/xss
    return f"<p>Hello {name}</p>"


@app.route("/greet")
def greet():
    from flask import make_response, Response
    from markupsafe import escape
    name = request.args.get("name", "")
    if name == "json":
        # ok: code/python/xss
        return Response('{"name": "%s"}' % name, mimetype="application/json")
    if name == "plain":
        # ok: code/python/xss
        return Response(name, mimetype="text/plain")
    if name == "header":
        # ok: code/python/xss
        return make_response(("saved in a header", {"X-Name": name}))
    if name == "tuple":
        # ok: code/python/xss
        return "saved", 200, {"X-Name": name}
    if name == "escaped":
        # ok: code/python/xss
        return make_response("<b>%s</b>" % escape(name))
    # ruleid: code/python/xss
    return make_response(("<b>%s</b>" % name, 200))


@app.route("/api/echo")
def echo():
    from flask import jsonify
    # ok: code/python/xss
    return jsonify(message=request.args.get("m", ""))


def django_greeting(request):
    from django.http import HttpResponse
    from django.utils.html import format_html
    name = request.GET.get("name", "")
    if name.startswith("x"):
        # ok: code/python/xss
        return HttpResponse(format_html("<h1>Hello {}</h1>", name))
    # ruleid: code/python/xss
    return HttpResponse("<h1>Hello %s</h1>" % name)


@app.route("/page")
def page():
    from flask import render_template
    number = request.args.get("n", 1, type=int)
    if number > 1:
        # ok: code/python/xss
        return "<p>Page %d</p>" % number
    # ok: code/python/xss
    return render_template("page.html", title=request.args.get("t", ""))


@app.route("/api/item")
def item():
    # ok: code/python/xss
    return {"name": request.args.get("name", "")}


def describe(request):
    # ok: code/python/xss
    return "<b>%s</b>" % request.args.get("name", "")


@app.route("/api/echo-map")
def echo_map():
    from flask import Response
    # ok: code/python/xss
    return make_response({"echo": request.args.get("m", "")})
