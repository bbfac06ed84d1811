import traceback
from flask import jsonify
def handler():
    try:
        work()
    except Exception as e:
# ruleid: code/python/stack-trace-exposure
        return jsonify(error=str(e)), 500
# ok: code/python/stack-trace-exposure
    return jsonify(error="internal error"), 500
