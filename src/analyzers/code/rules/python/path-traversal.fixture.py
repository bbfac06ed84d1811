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


def preview():
    from pathlib import Path
    name = request.args.get("name", "")
    root = Path(BASE)
    # ruleid: code/python/path-traversal
    text = (root / name).read_text()
    # ruleid: code/python/path-traversal
    with open(root / "archive" / name, "rb") as fh:
        data = fh.read()
    # ok: code/python/path-traversal
    readme = (root / "README.txt").read_text()
    # ok: code/python/path-traversal
    label = name.replace("_", " ").title()
    # ok: code/python/path-traversal
    safe = (root / secure_filename(name)).read_bytes()
    if ".." in name:
        return "bad name"
    # ok: code/python/path-traversal
    checked = (root / name).exists()
    return text + readme + label + str(len(data) + len(safe)) + str(checked)


def attachment():
    from flask import abort, safe_join
    name = request.args.get("name", "")
    # ok: code/python/path-traversal
    joined = open(safe_join(BASE, name))
    if not safe_name(name):
        abort(400)
    # ok: code/python/path-traversal
    checked = open(os.path.join(BASE, name))
    return joined.read() + checked.read()


def lookup(Document):
    from pathlib import Path
    name = request.args.get("name", "")
    # ok: code/python/path-traversal
    found = Document.objects.filter(name=name).exists()
    # ruleid: code/python/path-traversal
    on_disk = Path(BASE, name).exists()
    return str(found and on_disk)
