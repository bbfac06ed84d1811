import ldap3
from ldap3.utils.conv import escape_filter_chars
from flask import request

def who(conn):
    user = request.args.get("user")
# ruleid: code/python/ldap-injection
    conn.search("ou=people", f"(uid={user})")
# ok: code/python/ldap-injection
    conn.search("ou=people", f"(uid={escape_filter_chars(user)})")
    return "ok"
