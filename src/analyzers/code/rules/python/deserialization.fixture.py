import json, pickle, base64
from flask import request

def restore():
    blob = base64.b64decode(request.cookies.get("state", ""))
# ruleid: code/python/deserialization
    obj = pickle.loads(blob)
# ok: code/python/deserialization
    data = json.loads(blob)
    return str(obj) + str(data)
