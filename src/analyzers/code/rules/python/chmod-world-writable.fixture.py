import os
# ruleid: code/python/chmod-world-writable
os.chmod("/srv/app/config.yml", 0o777)
# ok: code/python/chmod-world-writable
os.chmod("/srv/app/config.yml", 0o600)
