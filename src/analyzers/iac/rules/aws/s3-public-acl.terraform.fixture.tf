# The block ignores public ACLs: reported at low confidence, the ACL is latent.
resource "aws_s3_bucket" "public" {
  bucket = "example-public"
  # ruleid: iac/aws/s3-public-acl
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "public" {
  bucket                  = aws_s3_bucket.public.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "public" {
  bucket = aws_s3_bucket.public.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "public" {
  bucket = aws_s3_bucket.public.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "public" {
  bucket        = aws_s3_bucket.public.id
  target_bucket = "example-access-logs"
  target_prefix = "public/"
}

resource "aws_s3_bucket" "private" {
  bucket = "example-private"
  # ok: iac/aws/s3-public-acl
  acl    = "private"
}

resource "aws_s3_bucket_public_access_block" "private" {
  bucket                  = aws_s3_bucket.private.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "private" {
  bucket = aws_s3_bucket.private.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "private" {
  bucket = aws_s3_bucket.private.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "private" {
  bucket        = aws_s3_bucket.private.id
  target_bucket = "example-access-logs"
  target_prefix = "private/"
}


# Only the policy half of the block is on: the ACL makes the bucket writable by anyone.
resource "aws_s3_bucket" "upload" {
  bucket = "example-upload"
}

resource "aws_s3_bucket_acl" "upload" {
  bucket = aws_s3_bucket.upload.id
  # ruleid: iac/aws/s3-public-acl
  acl    = "public-read-write"
}

resource "aws_s3_bucket_public_access_block" "upload" {
  bucket                  = aws_s3_bucket.upload.id
  # ruleid: iac/aws/s3-block-public-access
  block_public_acls       = false
  block_public_policy     = true
  # ruleid: iac/aws/s3-block-public-access
  ignore_public_acls      = false
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "upload" {
  bucket = aws_s3_bucket.upload.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "upload" {
  bucket = aws_s3_bucket.upload.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "upload" {
  bucket        = aws_s3_bucket.upload.id
  target_bucket = "example-access-logs"
  target_prefix = "upload/"
}

# The bucket comes from outside the scanned files: the ACL resource is judged on its own.
variable "uploads_bucket_id" {
  type = string
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = var.uploads_bucket_id
  # ruleid: iac/aws/s3-public-acl
  acl    = "public-read"
}

resource "aws_s3_bucket_acl" "reports" {
  bucket = var.uploads_bucket_id
  # ok: iac/aws/s3-public-acl
  acl    = "private"
}

# Grants to the global groups are public ACLs spelled out.
resource "aws_s3_bucket" "granted" {
  bucket = "example-granted"
}

resource "aws_s3_bucket_acl" "granted" {
  bucket = aws_s3_bucket.granted.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      # ruleid: iac/aws/s3-public-acl
      permission = "WRITE"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      # ok: iac/aws/s3-public-acl
      permission = "READ_ACP"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      # ok: iac/aws/s3-public-acl
      permission = "WRITE"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "granted" {
  bucket                  = aws_s3_bucket.granted.id
  # ruleid: iac/aws/s3-block-public-access
  block_public_acls       = false
  block_public_policy     = true
  # ruleid: iac/aws/s3-block-public-access
  ignore_public_acls      = false
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "granted" {
  bucket = aws_s3_bucket.granted.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "granted" {
  bucket = aws_s3_bucket.granted.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "granted" {
  bucket        = aws_s3_bucket.granted.id
  target_bucket = "example-access-logs"
  target_prefix = "granted/"
}

# AWS provider v3 inline grants.
resource "aws_s3_bucket" "legacy_grants" {
  bucket = "example-legacy-grants"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
    # ruleid: iac/aws/s3-public-acl
    permissions = ["READ"]
  }
  versioning {
    enabled = true
  }
  logging {
    target_bucket = "example-access-logs"
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}

resource "aws_s3_bucket_public_access_block" "legacy_grants" {
  bucket                  = aws_s3_bucket.legacy_grants.id
  # ruleid: iac/aws/s3-block-public-access
  block_public_acls       = false
  block_public_policy     = true
  # ruleid: iac/aws/s3-block-public-access
  ignore_public_acls      = false
  restrict_public_buckets = true
}
