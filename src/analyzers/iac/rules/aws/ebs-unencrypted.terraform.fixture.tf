resource "aws_ebs_volume" "bad" {
  availability_zone = "us-east-1a"
  size              = 20
  # ruleid: iac/aws/ebs-unencrypted
  encrypted = false
}

# ruleid: iac/aws/ebs-unencrypted
resource "aws_ebs_volume" "missing" {
  availability_zone = "us-east-1a"
  size              = 20
}

resource "aws_ebs_volume" "good" {
  availability_zone = "us-east-1a"
  size              = 20
  # ok: iac/aws/ebs-unencrypted
  encrypted = true
}


variable "volumes" {
  default = {
    data    = { encrypted = true }
    scratch = { encrypted = false }
  }
}

# for_each: each instance is checked with its own each.value.
resource "aws_ebs_volume" "per_volume" {
  for_each          = var.volumes
  availability_zone = "us-east-1a"
  size              = 20
  # ruleid: iac/aws/ebs-unencrypted
  encrypted = each.value.encrypted
}

resource "aws_ebs_volume" "per_volume_ok" {
  for_each          = { data = true, logs = true }
  availability_zone = "us-east-1a"
  size              = 20
  # ok: iac/aws/ebs-unencrypted
  encrypted = each.value
}

variable "replica_encryption" {
  default = [true, false]
}

# count: count.index selects each replica's setting.
resource "aws_ebs_volume" "replica" {
  count             = 2
  availability_zone = "us-east-1a"
  size              = 20
  # ruleid: iac/aws/ebs-unencrypted
  encrypted = var.replica_encryption[count.index]
}

# count = 0 creates nothing.
# ok: iac/aws/ebs-unencrypted
resource "aws_ebs_volume" "disabled" {
  count             = 0
  availability_zone = "us-east-1a"
  size              = 20
}

variable "extra_volumes" {
  default = 3
}

# Identical instances give one finding, on the block.
# ruleid: iac/aws/ebs-unencrypted
resource "aws_ebs_volume" "extra" {
  count             = var.extra_volumes
  availability_zone = "us-east-1a"
  size              = 20
}

# Restored from a snapshot: the volume takes the snapshot's encryption.
# ok: iac/aws/ebs-unencrypted
resource "aws_ebs_volume" "restored" {
  availability_zone = "us-east-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}
