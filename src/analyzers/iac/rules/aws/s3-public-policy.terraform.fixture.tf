resource "aws_s3_bucket_policy" "open" {
  bucket = "example-site"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      # ruleid: iac/aws/s3-public-policy
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-site/*"
    }]
  })
}

resource "aws_s3_bucket_policy" "org" {
  bucket = "example-data"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      # ok: iac/aws/s3-public-policy
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-data/*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "referer_only" {
  bucket = "example-assets"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      # ruleid: iac/aws/s3-public-policy
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-assets/*"
      Condition = { StringLike = { "aws:Referer" = ["https://www.example.com/*"] } }
    }]
  })
}

# Only a positive match pins the caller: a negated operator lets everyone else in.
resource "aws_s3_bucket_policy" "all_but_office" {
  bucket = "example-reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      # ruleid: iac/aws/s3-public-policy
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-reports/*"
      Condition = { NotIpAddress = { "aws:SourceIp" = "198.51.100.0/24" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "any_address" {
  bucket = "example-exports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      # ruleid: iac/aws/s3-public-policy
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-exports/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["0.0.0.0/0", "::/0"] } }
    }]
  })
}

resource "aws_s3_bucket_policy" "office" {
  bucket = "example-internal"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      # ok: iac/aws/s3-public-policy
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-internal/*"
      Condition = { IpAddress = { "aws:SourceIp" = "198.51.100.0/24" } }
    }]
  })
}

# IfExists passes a request that carries no VPC endpoint at all: any internet caller.
data "aws_iam_policy_document" "endpoint_if_exists" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-vpc-only/*"]
    principals {
      type        = "*"
      # ruleid: iac/aws/s3-public-policy
      identifiers = ["*"]
    }
    condition {
      test     = "StringEqualsIfExists"
      variable = "aws:SourceVpce"
      values   = ["vpce-0a1b2c3d"]
    }
  }
}

resource "aws_s3_bucket_policy" "endpoint_if_exists" {
  bucket = "example-vpc-only"
  policy = data.aws_iam_policy_document.endpoint_if_exists.json
}

data "aws_iam_policy_document" "endpoint" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-vpc/*"]
    principals {
      type        = "*"
      # ok: iac/aws/s3-public-policy
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-0a1b2c3d"]
    }
  }
}

resource "aws_s3_bucket_policy" "endpoint" {
  bucket = "example-vpc"
  policy = data.aws_iam_policy_document.endpoint.json
}

# ForAllValues is true when the request has no such key at all, as an anonymous request has none.
data "aws_iam_policy_document" "endpoint_for_all" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-vpc-all/*"]
    principals {
      type        = "*"
      # ruleid: iac/aws/s3-public-policy
      identifiers = ["*"]
    }
    condition {
      test     = "ForAllValues:StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-0a1b2c3d"]
    }
  }
}

resource "aws_s3_bucket_policy" "endpoint_for_all" {
  bucket = "example-vpc-all"
  policy = data.aws_iam_policy_document.endpoint_for_all.json
}

data "aws_iam_policy_document" "endpoint_for_any" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-vpc-any/*"]
    principals {
      type        = "*"
      # ok: iac/aws/s3-public-policy
      identifiers = ["*"]
    }
    condition {
      test     = "ForAnyValue:StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-0a1b2c3d"]
    }
  }
}

resource "aws_s3_bucket_policy" "endpoint_for_any" {
  bucket = "example-vpc-any"
  policy = data.aws_iam_policy_document.endpoint_for_any.json
}
