import os
from flask import request, send_file
from werkzeug.utils import secure_filename

BASE = "/srv/files"

def download():
    name = request.args.get("name")
# ruleid: code/python/path-traversal
    f = open(os.path.join(BASE, name))
# ok: code/python/path-traversal
    g = open(os.path.join(BASE, secure_filename(name)))
# ok: code/python/path-traversal
    h = open(os.path.join(BASE, "index.txt"))
    return f.read() + g.read() + h.read()
