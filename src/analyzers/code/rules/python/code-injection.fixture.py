import ast
from flask import request

def calc():
    expr = request.args.get("expr", "")
# ruleid: code/python/code-injection
    value = eval(expr)
# ok: code/python/code-injection
    literal = ast.literal_eval(expr)
# ok: code/python/code-injection
    fixed = eval("1 + 2")
    return str(value) + str(literal) + str(fixed)
