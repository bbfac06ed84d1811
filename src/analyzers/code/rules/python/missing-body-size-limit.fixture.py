from flask import Flask, request
from flask_talisman import Talisman
# ruleid: code/python/missing-body-size-limit
app = Flask(__name__)
Talisman(app)
@app.route("/upload")
def upload():
    return str(len(request.data))
# ok: code/python/missing-body-size-limit
other = dict(MAX=1)
