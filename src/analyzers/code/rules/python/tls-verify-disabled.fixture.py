import requests
# ruleid: code/python/tls-verify-disabled
r = requests.get("https://internal.example.com", verify=False, timeout=5)
# ok: code/python/tls-verify-disabled
s = requests.get("https://internal.example.com", timeout=5)
