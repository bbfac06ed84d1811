from flask import Flask, session, request
from flask_talisman import Talisman
# ruleid: code/python/missing-csrf-protection
app = Flask(__name__)
Talisman(app)
@app.route("/transfer", methods=["POST"])
def transfer():
    return str(session.get("uid"))
# ok: code/python/missing-csrf-protection
settings = dict(x=1)
