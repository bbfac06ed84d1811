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
