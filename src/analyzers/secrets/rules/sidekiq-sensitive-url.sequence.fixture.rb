# Counting sequences are stand-ins, not license credentials.
# ok: secrets/sidekiq-sensitive-url
source "https://12345678:12345678@gems.contribsys.com/" do
# ruleid: secrets/sidekiq-sensitive-url
source "https://{{fake:sidekiq-sensitive-url}}@enterprise.contribsys.com/" do
