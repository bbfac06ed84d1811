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

