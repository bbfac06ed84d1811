# ruleid: secrets/curl-user-api-key
curl https://api.internal.example.net/v1/charges -u {{fake:curl-user-api-key}}:
# ok: secrets/curl-user-api-key
curl https://api.internal.example.net/v1/charges -u "$API_KEY:"
