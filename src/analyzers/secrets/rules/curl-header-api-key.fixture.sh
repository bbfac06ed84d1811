# ruleid: secrets/curl-header-api-key
curl -H "X-Api-Key: {{fake:curl-header-api-key}}" https://api.internal.example.net/v1/items
# ok: secrets/curl-header-api-key
curl -H "X-Api-Key: $API_KEY" https://api.internal.example.net/v1/items
