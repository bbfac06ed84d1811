# Documentation shortens values with an ellipsis; the rest is not there to leak.
# ok: secrets/generic-api-key
export SERVICE_ACCOUNT_TOKEN={{fake:alnum32}}...
# ruleid: secrets/generic-api-key
export SERVICE_ACCOUNT_TOKEN={{fake:alnum32}}
