# EBS encryption by default is on for the account: EC2 encrypts every new volume.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

# ok: iac/aws/ebs-unencrypted
resource "aws_ebs_volume" "scratch" {
  availability_zone = "us-east-1a"
  size              = 20
}

resource "aws_ebs_volume" "explicit_off" {
  availability_zone = "us-east-1a"
  size              = 20
  # Overridden by the account default, still worth removing: reported at low confidence.
  # ruleid: iac/aws/ebs-unencrypted
  encrypted         = false
}
