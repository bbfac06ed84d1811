import jinja2
# ruleid: code/python/jinja2-autoescape-off
env = jinja2.Environment(loader=jinja2.FileSystemLoader("t"))
# ok: code/python/jinja2-autoescape-off
good = jinja2.Environment(loader=jinja2.FileSystemLoader("t"), autoescape=True)
