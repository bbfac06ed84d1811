import os, subprocess
# ruleid: code/python/subprocess-shell-true
os.system("tar czf out.tgz %s" % CONFIG["dir"])
# ok: code/python/subprocess-shell-true
subprocess.run("ls -la", shell=True)
