import hashlib
# ruleid: code/python/low-pbkdf2-iterations
k = hashlib.pbkdf2_hmac("sha256", pw, salt, 1000)
# ok: code/python/low-pbkdf2-iterations
j = hashlib.pbkdf2_hmac("sha256", pw, salt, 600000)
