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


# A service wildcard covers PassRole too.
data "aws_iam_policy_document" "deployer" {
  statement {
    # ruleid: iac/aws/iam-passrole-wildcard
    actions   = ["iam:Pass*", "ecs:UpdateService"]
    # ruleid: iac/aws/iam-wildcard-resource
    resources = ["*"]
  }
  statement {
    # ok: iac/aws/iam-passrole-wildcard
    actions   = ["iam:GetRole", "iam:ListRoles"]
    resources = ["*"]
  }
}
