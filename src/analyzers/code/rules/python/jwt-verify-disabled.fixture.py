import jwt
# ruleid: code/python/jwt-verify-disabled
claims = jwt.decode(token, options={"verify_signature": False})
# ok: code/python/jwt-verify-disabled
good = jwt.decode(token, key, algorithms=["HS256"])
