# Registry-level scanning replaces the repositories' own scan_on_push for the names it matches.
resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "prod-*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "api" {
  name                 = "prod-api"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    # ok: iac/aws/ecr-scan-on-push
    scan_on_push = false
  }
}

resource "aws_ecr_repository" "sandbox" {
  name                 = "sandbox-api"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    # ruleid: iac/aws/ecr-scan-on-push
    scan_on_push = false
  }
}
