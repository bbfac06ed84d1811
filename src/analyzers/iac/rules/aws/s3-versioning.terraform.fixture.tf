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

resource "aws_s3_bucket_server_side_encryption_configuration" "bad" {
  bucket = aws_s3_bucket.bad.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "bad" {
  bucket = aws_s3_bucket.bad.id
  versioning_configuration {
    # ruleid: iac/aws/s3-versioning
    status = "Suspended"
  }
}

resource "aws_s3_bucket_logging" "bad" {
  bucket        = aws_s3_bucket.bad.id
  target_bucket = "example-access-logs"
  target_prefix = "bad/"
}

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
    # ok: iac/aws/s3-versioning
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "good" {
  bucket        = aws_s3_bucket.good.id
  target_bucket = "example-access-logs"
  target_prefix = "good/"
}


# terraform-aws-modules/s3-bucket is modelled from its inputs and its defaults.
module "archive" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.2"
  bucket  = "example-archive"
  versioning = {
    # ruleid: iac/aws/s3-versioning
    enabled = false
  }
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = { sse_algorithm = "aws:kms" }
    }
  }
  logging = { target_bucket = "example-access-logs" }
}

module "reports" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.1"
  bucket  = "example-reports"
  versioning = {
    # ok: iac/aws/s3-versioning
    status = "enabled"
  }
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = { sse_algorithm = "aws:kms" }
    }
  }
  logging = { target_bucket = "example-access-logs" }
}

# Only mfa_delete: from v4.3.0 the module's status falls back to "Enabled".
module "ledger" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.3"
  bucket  = "example-ledger"
  # ok: iac/aws/s3-versioning
  versioning = {
    mfa_delete = true
  }
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = { sse_algorithm = "aws:kms" }
    }
  }
  logging = { target_bucket = "example-access-logs" }
}

# Before v4.3.0 the same input makes the module's try() fail at plan: no status to judge.
module "ledger_old" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.2.1"
  bucket  = "example-ledger-old"
  # ok: iac/aws/s3-versioning
  versioning = {
    mfa_delete = true
  }
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = { sse_algorithm = "aws:kms" }
    }
  }
  logging = { target_bucket = "example-access-logs" }
}
