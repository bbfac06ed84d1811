from flask import Flask
# ruleid: code/python/missing-security-headers
app = Flask(__name__)
# ok: code/python/missing-security-headers
config = dict(DEBUG=False)
