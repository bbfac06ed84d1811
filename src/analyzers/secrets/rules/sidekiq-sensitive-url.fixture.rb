# ruleid: secrets/sidekiq-sensitive-url
source "https://{{fake:sidekiq-sensitive-url}}@gems.contribsys.com/" do
# ok: secrets/sidekiq-sensitive-url
source "https://#{ENV.fetch('SIDEKIQ_CREDS')}@gems.contribsys.com/" do
