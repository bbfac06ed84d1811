resource "aws_kinesis_stream" "bad" {
  name = "events"
  shard_count = 1
  # ruleid: iac/aws/kinesis-unencrypted
  encryption_type = "NONE"
}

# ok: iac/aws/kinesis-unencrypted
resource "aws_kinesis_stream" "good" {
  name        = "events"
  shard_count = 1
  kms_key_id  = "alias/aws/kinesis"
  # ok: iac/aws/kinesis-unencrypted
  encryption_type = "KMS"
}

# KMS without a key: AWS rejects the encryption request.
# ruleid: iac/aws/kinesis-unencrypted
resource "aws_kinesis_stream" "no_key" {
  name            = "audit"
  shard_count     = 1
  encryption_type = "KMS"
}

