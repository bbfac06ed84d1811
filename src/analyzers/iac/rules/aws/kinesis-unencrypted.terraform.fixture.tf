resource "aws_kinesis_stream" "bad" {
  name = "events"
  shard_count = 1
  # ruleid: iac/aws/kinesis-unencrypted
  encryption_type = "NONE"
}

resource "aws_kinesis_stream" "good" {
  name = "events"
  shard_count = 1
  # ok: iac/aws/kinesis-unencrypted
  encryption_type = "KMS"
}

