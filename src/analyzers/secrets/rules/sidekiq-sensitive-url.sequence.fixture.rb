# Counting sequences are stand-ins, not license credentials.
# ok: secrets/sidekiq-sensitive-url
source "https://12345678:12345678@gems.contribsys.com/" do
# ruleid: secrets/sidekiq-sensitive-url
source "https://{{fake:sidekiq-sensitive-url}}@enterprise.contribsys.com/" do
# The password half is not reported again as a URL password.
# ruleid: secrets/sidekiq-sensitive-url
source "https://{{fake:sidekiq-distinct-hex}}@gems.contribsys.com/" do
