import hashlib
# ruleid: code/python/weak-hash
digest = hashlib.md5(data).hexdigest()
# ok: code/python/weak-hash
good = hashlib.sha256(data).hexdigest()
# ok: code/python/weak-hash
etag = hashlib.md5(data, usedforsecurity=False).hexdigest()
