resource "aws_cloudfront_distribution" "site" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "s3"
    # ruleid: iac/aws/cloudfront-allows-http
    viewer_protocol_policy = "allow-all"
  }
}

resource "aws_cloudfront_distribution" "secure" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "s3"
    # ok: iac/aws/cloudfront-allows-http
    viewer_protocol_policy = "redirect-to-https"
  }
}

