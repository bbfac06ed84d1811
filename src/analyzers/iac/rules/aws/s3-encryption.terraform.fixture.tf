# ruleid: iac/aws/s3-encryption
resource "aws_s3_bucket" "bad" {
  bucket = "example-bad"
}

resource "aws_s3_bucket_public_access_block" "bad" {
  bucket                  = aws_s3_bucket.bad.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "bad" {
  bucket = aws_s3_bucket.bad.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "bad" {
  bucket        = aws_s3_bucket.bad.id
  target_bucket = "example-access-logs"
  target_prefix = "bad/"
}

# ok: iac/aws/s3-encryption
resource "aws_s3_bucket" "good" {
  bucket = "example-good"
}

resource "aws_s3_bucket_public_access_block" "good" {
  bucket                  = aws_s3_bucket.good.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "good" {
  bucket = aws_s3_bucket.good.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "good" {
  bucket = aws_s3_bucket.good.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "good" {
  bucket        = aws_s3_bucket.good.id
  target_bucket = "example-access-logs"
  target_prefix = "good/"
}


# An encryption configuration whose rule sets no default encryption configures nothing.
# ruleid: iac/aws/s3-encryption
resource "aws_s3_bucket" "empty_rule" {
  bucket = "example-empty-rule"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "empty_rule" {
  bucket = aws_s3_bucket.empty_rule.id
  rule {
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "empty_rule" {
  bucket                  = aws_s3_bucket.empty_rule.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "empty_rule" {
  bucket = aws_s3_bucket.empty_rule.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "empty_rule" {
  bucket        = aws_s3_bucket.empty_rule.id
  target_bucket = "example-access-logs"
  target_prefix = "empty-rule/"
}
