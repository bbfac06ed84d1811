# A key built from quoted lines joined by the language's concatenation operator is still a key.
defmodule Fixtures.Keys do
  # ruleid: secrets/private-key
  @elixir_key {{fake:private-key-concat-elixir}}
end
# ruleid: secrets/private-key
$php_key = {{fake:private-key-concat-php}};
# ruleid: secrets/private-key
local lua_key = {{fake:private-key-concat-lua}}
# An elided key in documentation is a placeholder.
# ok: secrets/private-key
@doc_key "-----BEGIN RSA PRIVATE KEY-----\n" <> "MIIEpAIBAAKCAQEA...\n" <> "-----END RSA PRIVATE KEY-----\n"
