import sqlite3

TABLE_NAME = "events"


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


class Store:
    def save(self):
        cursor = self.db.cursor()
        # A long statement split over lines, filled from attributes of unknown origin.
# ruleid: code/python/sql-string-format
        cursor.execute(
            'INSERT OR REPLACE INTO progress (book_id, part, note) VALUES (%s, %d, %s)' %\
            (self.book.id, self.book.part, self.book.note))
        # Every specifier numeric: nothing but digits can reach the text.
# ok: code/python/sql-string-format
        cursor.execute('DELETE FROM progress WHERE book_id = %d' % self.book.id)

    def drop(self):
        cursor = self.cursor()
        for table, trigger in cursor.fetchall():
# ruleid: code/python/sql-string-format
            cursor.execute('DROP TRIGGER %s ON %s;' % (trigger, table))
# ruleid: code/python/sql-string-format
        cursor.execute("SELECT a, b FROM t WHERE name = '{}'".format(self.entry.get()))
# ruleid: code/python/sql-string-format
        cursor.execute("SELECT name FROM users " "WHERE id = '" + self.user_id + "'")
        # Coerced to a number first.
# ok: code/python/sql-string-format
        cursor.execute("SELECT name FROM users WHERE id = " + str(int(self.user_id)))
        # A constant defined in this file.
# ok: code/python/sql-string-format
        cursor.execute("SELECT count(*) FROM %s" % TABLE_NAME)

    def report(self):
        table = self.table
        sql = "SELECT * FROM {} ORDER BY created".format(table)
        if self.limit:
            sql += " LIMIT 10"
# ruleid: code/python/sql-string-format
        self.conn.execute(sql)
        # Not SQL: some other object's execute().
# ok: code/python/sql-string-format
        self.commands.execute("save.file @shown %s" % table)
# ok: code/python/sql-string-format
        self.shell.execute('{} gzip {}'.format(self.busybox, table))


def attach():
    # A name imported from elsewhere: most likely a constant, so low confidence.
# ruleid: code/python/sql-string-format
    g.db.execute("ATTACH DATABASE '" + TRIGRAM_PATH + "' as trigram;")
    # Identifier quoting helpers are weaker than placeholders, not nothing: low confidence.
# ruleid: code/python/sql-string-format
    g.db.execute("PRAGMA index_list(%s)" % g.ops.quote_name(g.table))
# ok: code/python/sql-string-format
    g.db.execute(f"SELECT id FROM t WHERE n = {len(g.rows)}")
    # An f-string filled from an attribute of unknown origin.
# ruleid: code/python/sql-string-format
    g.db.execute(f"UPDATE users SET name = '{g.user.name}' WHERE id = 1")


def summary():
    # A module constant: fixed text.
# ok: code/python/sql-string-format
    g.db.execute("SELECT count(*) FROM %s" % TABLE_NAME)


def create_database():
    # A template assembled from literal pieces, then filled by .format() from values of unknown origin.
    sql = 'CREATE DATABASE {name} ' + ('WITH OWNER {owner}' if g.owner else '')
# ruleid: code/python/sql-string-format
    g.cursor.execute(sql.format(name=g.name, owner=g.owner))
