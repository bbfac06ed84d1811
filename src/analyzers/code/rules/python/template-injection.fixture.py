from flask import request, render_template_string

def page():
# ruleid: code/python/template-injection
    return render_template_string("<h1>" + request.args.get("title", "") + "</h1>")

def page2():
# ok: code/python/template-injection
    return render_template_string("<h1>{{ title }}</h1>", title=request.args.get("title", ""))
