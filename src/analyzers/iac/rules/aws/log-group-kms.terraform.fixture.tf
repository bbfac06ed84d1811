# ruleid: iac/aws/log-group-kms
resource "aws_cloudwatch_log_group" "bad" {
  name = "app-nokms"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "good" {
  # ok: iac/aws/log-group-kms
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/abc"
  retention_in_days = 365
}

