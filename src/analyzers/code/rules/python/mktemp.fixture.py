import tempfile
# ruleid: code/python/mktemp
path = tempfile.mktemp()
# ok: code/python/mktemp
fd, good = tempfile.mkstemp()
