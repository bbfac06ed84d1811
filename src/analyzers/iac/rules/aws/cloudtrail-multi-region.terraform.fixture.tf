resource "aws_cloudtrail" "single" {
  s3_bucket_name = "example-trail"
  # ruleid: iac/aws/cloudtrail-multi-region
  is_multi_region_trail = false
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "all" {
  s3_bucket_name = "example-trail"
  # ok: iac/aws/cloudtrail-multi-region
  is_multi_region_trail = true
  enable_log_file_validation = true
}

