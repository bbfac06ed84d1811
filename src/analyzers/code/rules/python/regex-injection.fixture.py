import re
from flask import request

def search():
    q = request.args.get("q", "")
# ruleid: code/python/regex-injection
    found = re.search(q, "some text")
# ok: code/python/regex-injection
    safe = re.search(re.escape(q), "some text")
    return str(found or safe)
