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

# terraform-aws-modules/sqs turns SSE-SQS on by default from v4.0.0.
# ruleid: iac/aws/sqs-unencrypted
module "legacy_queue" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 3.4"
  name    = "legacy"
}

# ok: iac/aws/sqs-unencrypted
module "queue" {
  source  = "terraform-aws-modules/sqs/aws"
  version = "~> 4.0"
  name    = "current"
}
