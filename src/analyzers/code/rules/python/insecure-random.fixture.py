import random, secrets
# ruleid: code/python/insecure-random
session_token = str(random.getrandbits(64))
# ok: code/python/insecure-random
good_token = secrets.token_urlsafe(32)
# ok: code/python/insecure-random
delay = random.uniform(0.1, 0.5)


def make_reset_code():
    from random import randint, randbytes
    # ruleid: code/python/insecure-random
    reset_code = str(randint(100000, 999999))
    # ruleid: code/python/insecure-random
    api_key = randbytes(16).hex()
    return reset_code + api_key


def pick(items):
    from random import shuffle
    # ok: code/python/insecure-random
    return sample(items, 2)
