resource "aws_cloudtrail" "stopped" {
  s3_bucket_name = "example-trail"
  is_multi_region_trail = true
  enable_log_file_validation = true
  # ruleid: iac/aws/cloudtrail-logging-off
  enable_logging = false
}

resource "aws_cloudtrail" "running" {
  s3_bucket_name = "example-trail"
  is_multi_region_trail = true
  enable_log_file_validation = true
  # ok: iac/aws/cloudtrail-logging-off
  enable_logging = true
}

