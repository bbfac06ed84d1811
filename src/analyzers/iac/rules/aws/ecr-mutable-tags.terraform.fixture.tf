resource "aws_ecr_repository" "mutable" {
  # ruleid: iac/aws/ecr-mutable-tags
  image_tag_mutability = "MUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "immutable" {
  # ok: iac/aws/ecr-mutable-tags
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}

