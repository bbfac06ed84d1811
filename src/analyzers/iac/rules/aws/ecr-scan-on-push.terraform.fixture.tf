resource "aws_ecr_repository" "unscanned" {
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    # ruleid: iac/aws/ecr-scan-on-push
    scan_on_push = false
  }
}

resource "aws_ecr_repository" "scanned" {
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    # ok: iac/aws/ecr-scan-on-push
    scan_on_push = true
  }
}

