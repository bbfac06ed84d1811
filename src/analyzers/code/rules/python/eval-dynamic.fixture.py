def run(src):
# ruleid: code/python/eval-dynamic
    return eval(src)
# ok: code/python/eval-dynamic
x = eval("2 + 2")


def load(path, namespace):
    with open(path) as fp:
        # Spaced call: still a call.
# ruleid: code/python/eval-dynamic
        exec (fp.read(), namespace)
    # Built by formatting: whatever the name holds becomes code.
# ruleid: code/python/eval-dynamic
    return eval('handlers.%s.run' % settings.handler)


def legacy(co, env):
    # Python 2 exec statement.
# ruleid: code/python/eval-dynamic
    exec co in env
# ok: code/python/eval-dynamic
    exec "x = 1" in env
# ok: code/python/eval-dynamic
exec("raise ValueError('bad')", {})


def cut_short(names):
    # A call left open (the file ends inside it): the ERROR node still holds the callee and its argument.
# ruleid: code/python/eval-dynamic
    exec(
        """{0} = 1""".format(names.first),
