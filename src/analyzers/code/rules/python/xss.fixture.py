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
