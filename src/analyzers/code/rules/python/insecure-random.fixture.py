import random, secrets
# ruleid: code/python/insecure-random
session_token = str(random.getrandbits(64))
# ok: code/python/insecure-random
good_token = secrets.token_urlsafe(32)
# ok: code/python/insecure-random
delay = random.uniform(0.1, 0.5)
