from flask import request
from pymongo import MongoClient

db = MongoClient().app

def login():
# ruleid: code/python/nosql-injection
    user = db.users.find_one(request.get_json())
# ok: code/python/nosql-injection
    other = db.users.find_one({"name": "admin"})
    return str(user or other)
