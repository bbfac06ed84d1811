# ruleid: secrets/curl-basic-auth
curl -u deploy:{{fake:curl-basic-auth}} https://api.internal.example.net/v1/items
# ok: secrets/curl-basic-auth
curl -u deploy:$PASSWORD https://api.internal.example.net/v1/items
