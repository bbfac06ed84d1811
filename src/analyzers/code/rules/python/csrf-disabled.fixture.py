from django.views.decorators.csrf import csrf_exempt, csrf_protect
# ruleid: code/python/csrf-disabled
@csrf_exempt
def transfer(request):
    return None
# ok: code/python/csrf-disabled
@csrf_protect
def update(request):
    return None
