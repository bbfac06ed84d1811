import bcrypt
# ruleid: code/python/low-bcrypt-rounds
salt = bcrypt.gensalt(rounds=4)
# ok: code/python/low-bcrypt-rounds
good = bcrypt.gensalt(rounds=12)
