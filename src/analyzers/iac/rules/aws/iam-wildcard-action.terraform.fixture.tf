resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # ruleid: iac/aws/iam-wildcard-action
      Action   = "s3:*"
      Resource = "arn:aws:s3:::example-data/*"
    }]
  })
}

resource "aws_iam_policy" "reader" {
  name = "reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # ok: iac/aws/iam-wildcard-action
      Action   = ["s3:GetObject"]
      Resource = "arn:aws:s3:::example-data/*"
    }]
  })
}


# Allow with NotAction grants everything but the listed actions.
resource "aws_iam_user_policy" "almost_admin" {
  user = "ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      # ruleid: iac/aws/iam-wildcard-action
      NotAction = ["iam:*", "organizations:*"]
      # ruleid: iac/aws/iam-wildcard-resource
      Resource  = "*"
    }]
  })
}

resource "aws_iam_user_policy" "deny_outside" {
  user = "ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      # ok: iac/aws/iam-wildcard-action
      NotAction = ["s3:GetObject"]
      Resource  = "*"
    }]
  })
}
