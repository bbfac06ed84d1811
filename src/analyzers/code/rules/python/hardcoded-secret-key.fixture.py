import os
from app import create_app
app = create_app()
# ruleid: code/python/hardcoded-secret-key
app.secret_key = "dev-secret"
# ok: code/python/hardcoded-secret-key
app.secret_key = os.environ["SECRET_KEY"]
