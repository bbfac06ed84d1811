import traceback
from flask import Blueprint, jsonify
app = Blueprint("sync", __name__)
def handler():
    try:
        work()
    except Exception as e:
# ruleid: code/python/stack-trace-exposure
        return jsonify(error=str(e)), 500
# ok: code/python/stack-trace-exposure
    return jsonify(error="internal error"), 500


@app.route("/sync")
def sync():
    try:
        work()
    except Exception as e:
        # ruleid: code/python/stack-trace-exposure
        return str(e), 500
    return "ok"


def clone(url):
    try:
        work()
    except Exception as e:
        # ok: code/python/stack-trace-exposure
        return False, f"could not clone: {str(e)}"
    return True, ""
