resource "aws_elasticache_replication_group" "bad" {
  replication_group_id = "cache"
  description = "cache"
  at_rest_encryption_enabled = true
  # ruleid: iac/aws/elasticache-in-transit
  transit_encryption_enabled = false
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id = "cache"
  description = "cache"
  at_rest_encryption_enabled = true
  # ok: iac/aws/elasticache-in-transit
  transit_encryption_enabled = true
}

