# ruleid: iac/aws/sns-unencrypted
resource "aws_sns_topic" "plain" {
  name = "alerts"
}

resource "aws_sns_topic" "sealed" {
  name = "orders"
  # ok: iac/aws/sns-unencrypted
  kms_master_key_id = "alias/aws/sns"
}

