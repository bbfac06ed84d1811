# ruleid: secrets/curl-header-api-key
curl -sS -X PUT -H "Token: {{fake:hex32}}" --data-binary @payload.json https://queue.internal.example.net/v2/jobs/17
# ruleid: secrets/curl-header-api-key
curl --fail -H 'X-Octopus-ApiKey: {{fake:hex32}}' https://deploy.internal.example.net/api/releases?take=5
# ok: secrets/curl-header-api-key
curl -H "apikey: YOUR_API_KEY" -H "Accept: application/json" https://api.internal.example.net/rest/v1/stats
# ok: secrets/curl-header-api-key
curl -H "X-Auth-Token: ${{ secrets.DEPLOY_TOKEN }}" https://api.internal.example.net/v1/deploy
# ok: secrets/curl-header-api-key
curl -H "Content-Type: application/x-www-form-urlencoded; charset=UTF-8" https://api.internal.example.net/v1/items
