def delete_item(request, item):
# ruleid: code/python/assert-for-security
    assert request.user.is_staff
# ok: code/python/assert-for-security
    assert isinstance(item, int)
    item.delete()
