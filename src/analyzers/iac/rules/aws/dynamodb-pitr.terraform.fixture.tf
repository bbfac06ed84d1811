# ruleid: iac/aws/dynamodb-pitr
resource "aws_dynamodb_table" "plain" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "recoverable" {
  name     = "users"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    # ok: iac/aws/dynamodb-pitr
    enabled = true
  }
}

