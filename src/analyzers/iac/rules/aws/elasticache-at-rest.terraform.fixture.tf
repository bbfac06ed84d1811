resource "aws_elasticache_replication_group" "bad" {
  replication_group_id = "cache"
  description = "cache"
  # ruleid: iac/aws/elasticache-at-rest
  at_rest_encryption_enabled = false
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id = "cache"
  description = "cache"
  # ok: iac/aws/elasticache-at-rest
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

