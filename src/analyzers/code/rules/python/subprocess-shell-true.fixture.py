import os, subprocess
# ruleid: code/python/subprocess-shell-true
os.system("tar czf out.tgz %s" % CONFIG["dir"])
# ok: code/python/subprocess-shell-true
subprocess.run("ls -la", shell=True)
from subprocess import check_output
from os import system


def build(target):
    # ruleid: code/python/subprocess-shell-true
    proc = subprocess.Popen("make " + CONFIG["target"],
                            shell=True,
                            stdout=subprocess.PIPE)
    # ruleid: code/python/command-injection
    out = check_output("git log " + target, shell=True)
    # ruleid: code/python/subprocess-shell-true
    tags = check_output("git tag -l " + CONFIG["pattern"], shell=True)
    # ruleid: code/python/subprocess-shell-true
    system("rm -rf build/" + CONFIG["target"])
    # ok: code/python/subprocess-shell-true
    listing = check_output(["ls", target])
    return proc, out, tags, listing
