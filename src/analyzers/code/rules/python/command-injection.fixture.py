import os, shlex, subprocess
from flask import request

def ping():
    host = request.form["host"]
# ruleid: code/python/command-injection
    os.system("ping -c 1 " + host)
# ok: code/python/command-injection
    subprocess.run(["ping", "-c", "1", host])
# ok: code/python/command-injection
    os.system("ping -c 1 " + shlex.quote(host))
# ruleid: code/python/command-injection
    subprocess.call("nslookup " + host, shell=True)
    return "done"
