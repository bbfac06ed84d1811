# A scheme-less token in an Authorization header is still a token.
# ruleid: secrets/bearer-token-header
curl -H "Authorization: {{fake:alnum40}}" https://api.internal.example.net/v1/items
# A known token format in the header is reported by its provider rule, which knows the format.
# ruleid: secrets/openshift-user-token
curl -L -H "Authorization: {{fake:openshift-user-token}}" https://api.cluster.internal:6443/apis
# ruleid: secrets/openshift-user-token
curl -L -H "Authorization: Bearer {{fake:openshift-user-token}}" https://api.cluster.internal:6443/apis
# ok: secrets/bearer-token-header
curl -H "Authorization: $(oc whoami -t)" https://api.cluster.internal:6443/apis
