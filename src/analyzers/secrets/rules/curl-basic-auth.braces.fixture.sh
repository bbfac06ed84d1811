# Docs write `{username}:{password}`; a random value left inside the braces is a filled-in password.
# ruleid: secrets/curl-basic-auth
curl -X POST --user "{svc-reader}":"{{{fake:alnum16}}}" https://api.internal.example.net/v1/translate
# ok: secrets/curl-basic-auth
curl -X POST --user "{username}":"{password}" https://api.internal.example.net/v1/translate
# ok: secrets/curl-basic-auth
curl -X POST --user "{username}:{api_key}" https://api.internal.example.net/v1/translate
