import ssl
# ruleid: code/python/ssl-insecure-version
ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
# ok: code/python/ssl-insecure-version
good = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
