# ruleid: code/python/sql-string-format
cur.execute("SELECT * FROM t WHERE id = %s" % CONFIG["id"])
# ok: code/python/sql-string-format
cur.execute("SELECT * FROM t WHERE id = %s", (1,))
query = "SELECT * FROM accounts WHERE owner = '%s'"
# ruleid: code/python/sql-string-format
cur.execute(query % CONFIG["owner"])
# ruleid: code/python/sql-string-format
cur.execute(sql_template.format(table=CONFIG["table"]))
# ok: code/python/sql-string-format
cur.execute(query, (CONFIG["owner"],))
