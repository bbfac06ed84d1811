import lxml.etree
from flask import request

def employee(tree):
    emp = request.args.get("id")
# ruleid: code/python/xpath-injection
    nodes = tree.xpath(f"/staff/emp[@id='{emp}']")
# ok: code/python/xpath-injection
    safe = tree.xpath("/staff/emp[@id=$id]", id=emp)
    return str(len(nodes) + len(safe))
