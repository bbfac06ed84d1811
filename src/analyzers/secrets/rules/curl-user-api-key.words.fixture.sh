# ruleid: secrets/curl-user-api-key
curl -s --user '{{fake:alnum32}}:' https://search.internal.example.net:9200/_cluster/health
# A user name with an empty password prompts for the password: nothing secret on the line.
# ok: secrets/curl-user-api-key
curl -u build-automation: https://api.internal.example.net/v1/items
# ok: secrets/curl-user-api-key
curl -u "${ELASTIC_API_KEY}:" https://search.internal.example.net:9200/
# An e-mail address or a numbered account name is who logs in, not a key.
# ok: secrets/curl-user-api-key
curl -u ops.team@company.io: https://api.internal.example.net/v1/reports
# ok: secrets/curl-user-api-key
curl --user release_bot2: https://ci.internal.example.net/job/build
