import hashlib
# ruleid: code/python/password-fast-hash
stored = hashlib.sha256(password.encode()).hexdigest()
# ok: code/python/password-fast-hash
checksum = hashlib.sha256(body).hexdigest()
