resource "aws_sqs_queue" "plain" {
  name = "jobs"
  # ruleid: iac/aws/sqs-unencrypted
  sqs_managed_sse_enabled = false
}

resource "aws_sqs_queue" "sealed" {
  name = "events"
  # ok: iac/aws/sqs-unencrypted
  kms_master_key_id = "alias/aws/sqs"
}


resource "aws_sqs_queue" "empty_key" {
  name = "jobs"
  # ruleid: iac/aws/sqs-unencrypted
  kms_master_key_id = ""
}
