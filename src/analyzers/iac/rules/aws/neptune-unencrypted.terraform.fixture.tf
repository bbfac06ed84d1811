resource "aws_neptune_cluster" "bad" {
  # ruleid: iac/aws/neptune-unencrypted
  storage_encrypted = false
}

# ruleid: iac/aws/neptune-unencrypted
resource "aws_neptune_cluster" "missing" {
}

resource "aws_neptune_cluster" "good" {
  # ok: iac/aws/neptune-unencrypted
  storage_encrypted = true
}

