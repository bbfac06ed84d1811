# ruleid: iac/aws/ec2-imdsv1
resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "api" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    # ok: iac/aws/ec2-imdsv1
    http_tokens = "required"
  }
}


resource "aws_launch_configuration" "legacy" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    # ruleid: iac/aws/ec2-imdsv1
    http_tokens = "optional"
  }
}

resource "aws_launch_configuration" "hardened" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    # ok: iac/aws/ec2-imdsv1
    http_tokens = "required"
  }
}
