import os

# ruleid: secrets/generic-password
DB_PASSWORD = "{{fake:generic-password}}"
# ok: secrets/generic-password
DB_PASSWORD = os.environ["DB_PASSWORD"]
# ok: secrets/generic-password
password = get_password(user)
# ok: secrets/generic-password
password_field = "X9v!kQ2#pLm7"
# ok: secrets/generic-password
conn = connect(password=password)
