from cryptography.hazmat.primitives.asymmetric import rsa
# ruleid: code/python/weak-rsa-key
k = rsa.generate_private_key(public_exponent=65537, key_size=1024)
# ok: code/python/weak-rsa-key
g = rsa.generate_private_key(public_exponent=65537, key_size=3072)
