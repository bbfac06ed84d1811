resource "aws_iam_policy" "pass" {
  name = "pass"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # ruleid: iac/aws/iam-passrole-wildcard
      Action   = "iam:PassRole"
      # ruleid: iac/aws/iam-wildcard-resource
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "passone" {
  name = "passone"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # ok: iac/aws/iam-passrole-wildcard
      Action   = "iam:PassRole"
      Resource = "arn:aws:iam::111122223333:role/app"
    }]
  })
}

