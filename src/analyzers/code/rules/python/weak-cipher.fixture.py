from Crypto.Cipher import DES, AES
# ruleid: code/python/weak-cipher
c = DES.new(key, DES.MODE_CBC, iv)
# ok: code/python/weak-cipher
d = AES.new(key, AES.MODE_GCM)
