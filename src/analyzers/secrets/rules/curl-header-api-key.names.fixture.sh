# ruleid: secrets/curl-header-api-key
curl -XPOST http://localhost:8080/api/tasks -H "Content-Type: application/json" -H "Token: {{fake:hex32}}" -d "content=hello"
# ruleid: secrets/curl-header-api-key
curl -X GET https://deploy.internal.example.net/api/projects -H "X-Octopus-ApiKey: {{fake:hex32}}"
# ok: secrets/curl-header-api-key
curl -H "apikey: YOUR_API_KEY" -H "Accept: application/json" https://api.internal.example.net/rest/v1/stats
# ok: secrets/curl-header-api-key
curl -H "X-Auth-Token: ${{ secrets.DEPLOY_TOKEN }}" https://api.internal.example.net/v1/deploy
# ok: secrets/curl-header-api-key
curl -H "Content-Type: application/x-www-form-urlencoded; charset=UTF-8" https://api.internal.example.net/v1/items
