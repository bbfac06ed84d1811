resource "aws_s3_bucket" "open" {
  bucket = "example-open"
}

resource "aws_s3_bucket_public_access_block" "open" {
  bucket                  = aws_s3_bucket.open.id
  # ruleid: iac/aws/s3-block-public-access
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "open" {
  bucket = aws_s3_bucket.open.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "open" {
  bucket = aws_s3_bucket.open.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "open" {
  bucket        = aws_s3_bucket.open.id
  target_bucket = "example-access-logs"
  target_prefix = "open/"
}

# ruleid: iac/aws/s3-block-public-access
resource "aws_s3_bucket" "none" {
  bucket = "example-none"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "none" {
  bucket = aws_s3_bucket.none.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "none" {
  bucket = aws_s3_bucket.none.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "none" {
  bucket        = aws_s3_bucket.none.id
  target_bucket = "example-access-logs"
  target_prefix = "none/"
}

resource "aws_s3_bucket" "closed" {
  bucket = "example-closed"
}

resource "aws_s3_bucket_public_access_block" "closed" {
  bucket                  = aws_s3_bucket.closed.id
  # ok: iac/aws/s3-block-public-access
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "closed" {
  bucket = aws_s3_bucket.closed.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "closed" {
  bucket = aws_s3_bucket.closed.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "closed" {
  bucket        = aws_s3_bucket.closed.id
  target_bucket = "example-access-logs"
  target_prefix = "closed/"
}


# A block for a bucket defined elsewhere still turns protections off.
data "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
}

# ruleid: iac/aws/s3-block-public-access
resource "aws_s3_bucket_public_access_block" "legacy" {
  bucket                  = data.aws_s3_bucket.legacy.id
  # ruleid: iac/aws/s3-block-public-access
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
}

resource "aws_s3_bucket_public_access_block" "legacy_locked" {
  bucket                  = "example-legacy-archive"
  # ok: iac/aws/s3-block-public-access
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
