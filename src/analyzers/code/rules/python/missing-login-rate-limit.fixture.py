from flask import Flask
from flask_talisman import Talisman
app = Flask(__name__)
Talisman(app)
# ruleid: code/python/missing-login-rate-limit
@app.route("/login", methods=["GET"])
def login():
    return "form"
# ok: code/python/missing-login-rate-limit
@app.route("/items")
def items():
    return "[]"
