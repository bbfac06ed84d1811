# ruleid: iac/aws/kms-rotation
resource "aws_kms_key" "norotate" {
  description = "app data"
}

resource "aws_kms_key" "rotate" {
  description = "app data"
  # ok: iac/aws/kms-rotation
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" {
  # ok: iac/aws/kms-rotation
  customer_master_key_spec = "RSA_2048"
  key_usage = "SIGN_VERIFY"
}

