import ssl
# ruleid: code/python/unverified-ssl-context
ctx = ssl._create_unverified_context()
# ok: code/python/unverified-ssl-context
good = ssl.create_default_context()
