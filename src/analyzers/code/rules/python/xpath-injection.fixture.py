import lxml.etree
from flask import request

def employee(tree):
    emp = request.args.get("id")
# ruleid: code/python/xpath-injection
    nodes = tree.xpath(f"/staff/emp[@id='{emp}']")
# ok: code/python/xpath-injection
    safe = tree.xpath("/staff/emp[@id=$id]", id=emp)
    return str(len(nodes) + len(safe))


def employee_by_name(root):
    import elementpath
    name = request.args.get("name", "")
    # ruleid: code/python/xpath-injection
    found = elementpath.select(root, f"//emp[@name='{name}']")
    escaped = name.replace("'", "&apos;")
    # ok: code/python/xpath-injection
    same = elementpath.select(root, f"//emp[@name='{escaped}']")
    if "'" in name:
        return "bad name"
    # ok: code/python/xpath-injection
    checked = elementpath.select(root, f"//emp[@name='{name}']")
    return str(len(found) + len(same) + len(checked))
