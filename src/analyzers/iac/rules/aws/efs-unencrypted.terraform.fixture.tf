resource "aws_efs_file_system" "bad" {
  creation_token = "shared"
  # ruleid: iac/aws/efs-unencrypted
  encrypted = false
}

# ruleid: iac/aws/efs-unencrypted
resource "aws_efs_file_system" "missing" {
  creation_token = "shared"
}

resource "aws_efs_file_system" "good" {
  creation_token = "shared"
  # ok: iac/aws/efs-unencrypted
  encrypted = true
}

