resource "aws_cloudwatch_log_group" "bad" {
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/abc"
  # ruleid: iac/aws/log-group-retention
  retention_in_days = 7
}

resource "aws_cloudwatch_log_group" "good" {
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/abc"
  # ok: iac/aws/log-group-retention
  retention_in_days = 400
}


resource "aws_cloudwatch_log_group" "forever" {
  name = "audit"
  # 0 means never expire.
  # ok: iac/aws/log-group-retention
  retention_in_days = 0
  kms_key_id        = "arn:aws:kms:us-east-1:123456789012:key/example"
}
