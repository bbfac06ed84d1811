# ruleid: secrets/basic-auth-header
curl -H "Authorization: Basic {{fake:basic-auth-header}}" https://api.internal.example.net/v1/items
# ok: secrets/basic-auth-header
curl -H "Authorization: Basic $CREDS" https://api.internal.example.net/v1/items
