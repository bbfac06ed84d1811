from flask import request
import sqlite3

def lookup():
    name = request.args.get("name")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
# ruleid: code/python/sql-injection
    cur.execute("SELECT * FROM users WHERE name = '%s'" % name)
# ok: code/python/sql-injection
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    query = f"SELECT * FROM users WHERE id = {int(name)}"
# ok: code/python/sql-injection
    cur.execute(query)
    return "ok"

def by_email(cursor, email):
# ruleid: code/python/sql-injection
    cursor.execute(f"SELECT id FROM users WHERE email = '{email}'")


def save_view(master, path):
    # Not SQL: a command runner's execute() with a parameter.
# ok: code/python/sql-injection
    master.commands.execute("save.file @shown %s" % path)
# ruleid: code/python/sql-injection
    master.db.execute("DELETE FROM views WHERE path = '%s'" % path)
