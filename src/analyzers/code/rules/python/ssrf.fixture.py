import requests
from flask import request

def proxy():
# ruleid: code/python/ssrf
    r = requests.get(request.args["url"], timeout=5)
# ok: code/python/ssrf
    s = requests.get("https://api.example.com/status", timeout=5)
    return r.text + s.text
