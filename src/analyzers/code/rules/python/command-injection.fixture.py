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

def archive():
    name = request.args["name"]
    # ruleid: code/python/command-injection
    subprocess.run(["bash", "-c", f"tar czf /tmp/out.tgz {name}"])
    argv = []
    if os.name == "nt":
        argv.append("cmd.exe")
        argv.append("/c")
    else:
        argv.append("sh")
        argv.append("-c")
    argv.append("du -sh " + name)
    # ruleid: code/python/command-injection
    subprocess.check_output(argv)
    # ok: code/python/command-injection
    subprocess.run(["sh", "-c", "du -sh /srv"])
    # ok: code/python/command-injection
    subprocess.run(["tar", "czf", "/tmp/out.tgz", "--", name])
    # ok: code/python/command-injection
    subprocess.run("du -sh /srv", shell=True)
    return "done"


def cleanup():
    from os import system
    job = request.args["job"]
    # ruleid: code/python/command-injection
    system("rm -rf /tmp/jobs/" + job)
    return "ok"
