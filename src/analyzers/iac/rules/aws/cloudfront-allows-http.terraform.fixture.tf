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


resource "aws_cloudfront_distribution" "paths" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "https-only"
  }
  ordered_cache_behavior {
    path_pattern           = "/legacy/*"
    target_origin_id       = "s3"
    # ruleid: iac/aws/cloudfront-allows-http
    viewer_protocol_policy = "allow-all"
  }
  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "s3"
    # ok: iac/aws/cloudfront-allows-http
    viewer_protocol_policy = "redirect-to-https"
  }
}
