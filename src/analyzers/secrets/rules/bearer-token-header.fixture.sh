# ruleid: secrets/bearer-token-header
curl -H "Authorization: Bearer {{fake:bearer-token-header}}" https://api.internal.example.net/v1/items
# ok: secrets/bearer-token-header
curl -H "Authorization: Bearer $API_TOKEN" https://api.internal.example.net/v1/items
