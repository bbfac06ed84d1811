import tempfile
# ruleid: code/python/hardcoded-tmp-path
f = open("/tmp/app-cache.json", "w")
# ok: code/python/hardcoded-tmp-path
g = tempfile.NamedTemporaryFile("w")
