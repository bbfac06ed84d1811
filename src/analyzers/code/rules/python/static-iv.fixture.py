import os
from Crypto.Cipher import AES
# ruleid: code/python/static-iv
c = AES.new(key, AES.MODE_CBC, b"0000000000000000")
# ok: code/python/static-iv
d = AES.new(key, AES.MODE_CBC, os.urandom(16))
