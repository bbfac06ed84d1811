import jwt
# ruleid: code/python/jwt-none-algorithm
t = jwt.encode({"sub": uid}, None, algorithm="none")
# ok: code/python/jwt-none-algorithm
u = jwt.encode({"sub": uid}, key, algorithm="HS256")
