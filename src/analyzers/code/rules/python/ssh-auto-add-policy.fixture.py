import paramiko
client = paramiko.SSHClient()
# ruleid: code/python/ssh-auto-add-policy
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
# ok: code/python/ssh-auto-add-policy
client.set_missing_host_key_policy(paramiko.RejectPolicy())
