INSTALLED_APPS = ["django.contrib.auth"]
# ruleid: code/python/django-debug
DEBUG = True
# ok: code/python/django-debug
TEMPLATE_DEBUG = False
