resource "aws_cloudtrail" "unvalidated" {
  s3_bucket_name = "example-trail"
  is_multi_region_trail = true
  # ruleid: iac/aws/cloudtrail-log-validation
  enable_log_file_validation = false
}

resource "aws_cloudtrail" "validated" {
  s3_bucket_name = "example-trail"
  is_multi_region_trail = true
  # ok: iac/aws/cloudtrail-log-validation
  enable_log_file_validation = true
}

