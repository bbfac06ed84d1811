resource "aws_iam_policy" "deploy" {
  name = "deploy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject"]
      # ruleid: iac/aws/iam-wildcard-resource
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "describe" {
  name = "describe"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ec2:DescribeInstances"]
      # ok: iac/aws/iam-wildcard-resource
      Resource = "*"
    }]
  })
}

