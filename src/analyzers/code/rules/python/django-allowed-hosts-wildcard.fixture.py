# ruleid: code/python/django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["*"]
# ok: code/python/django-allowed-hosts-wildcard
ALLOWED_HOSTS_EXTRA = ["app.example.com"]
