import requests
from flask import request

def proxy():
# ruleid: code/python/ssrf
    r = requests.get(request.args["url"], timeout=5)
# ok: code/python/ssrf
    s = requests.get("https://api.example.com/status", timeout=5)
    return r.text + s.text


def item():
    item_id = request.args["id"]
    # ok: code/python/ssrf
    a = requests.get("https://api.example.com/items/" + item_id, timeout=5)
    # ruleid: code/python/ssrf
    b = requests.get(f"https://{item_id}.example.com/items", timeout=5)
    # ruleid: code/python/ssrf
    c = requests.get("https://api.example.com" + item_id, timeout=5)
    return a.text + b.text + c.text
