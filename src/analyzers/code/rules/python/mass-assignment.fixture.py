from flask import request
def create_user():
# ruleid: code/python/mass-assignment
    user = User(**request.json)
# ok: code/python/mass-assignment
    other = User(name=request.json.get("name"))
    return user, other
