def run(src):
# ruleid: code/python/eval-dynamic
    return eval(src)
# ok: code/python/eval-dynamic
x = eval("2 + 2")
