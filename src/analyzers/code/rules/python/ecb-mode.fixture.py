from Crypto.Cipher import AES
# ruleid: code/python/ecb-mode
c = AES.new(key, AES.MODE_ECB)
# ok: code/python/ecb-mode
d = AES.new(key, AES.MODE_GCM)
