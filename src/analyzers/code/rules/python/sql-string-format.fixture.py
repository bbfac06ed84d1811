# ruleid: code/python/sql-string-format
cur.execute("SELECT * FROM t WHERE id = %s" % CONFIG["id"])
# ok: code/python/sql-string-format
cur.execute("SELECT * FROM t WHERE id = %s", (1,))
