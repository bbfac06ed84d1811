import jwt, os
# ruleid: code/python/jwt-hardcoded-secret
t = jwt.encode({"sub": uid}, "my-secret", algorithm="HS256")
# ok: code/python/jwt-hardcoded-secret
u = jwt.encode({"sub": uid}, os.environ["JWT_KEY"], algorithm="HS256")
