resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    # ruleid: iac/aws/sg-open-ssh
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    # ok: iac/aws/sg-open-ssh
    cidr_blocks = ["10.0.0.0/8"]
  }
}

variable "admin_rules" {
  default = [
    { port = 22, cidr = "0.0.0.0/0" },
    { port = 22, cidr = "10.0.0.0/8" },
  ]
}

# dynamic blocks: one ingress block per element, with ingress.value bound.
resource "aws_security_group" "dynamic_admin" {
  name = "dynamic-admin"
  dynamic "ingress" {
    for_each = var.admin_rules
    content {
      from_port = ingress.value.port
      to_port   = ingress.value.port
      protocol  = "tcp"
      # ruleid: iac/aws/sg-open-ssh
      cidr_blocks = [ingress.value.cidr]
    }
  }
}

resource "aws_security_group" "dynamic_web" {
  name = "dynamic-web"
  dynamic "ingress" {
    for_each = [443, 8443]
    iterator = port
    content {
      from_port = port.value
      to_port   = port.value
      protocol  = "tcp"
      # ok: iac/aws/sg-open-ssh
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

# terraform-aws-modules/security-group: named rules and ingress_with_cidr_blocks.
module "bastion_sg" {
  source        = "terraform-aws-modules/security-group/aws"
  version       = "~> 5.0"
  name          = "bastion"
  ingress_rules = ["ssh-tcp"]
  # ruleid: iac/aws/sg-open-ssh
  ingress_cidr_blocks = ["0.0.0.0/0"]
}

module "admin_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.0"
  name    = "admin"
  ingress_with_cidr_blocks = [
    {
      from_port = 22
      to_port   = 22
      protocol  = "tcp"
      # ruleid: iac/aws/sg-open-ssh
      cidr_blocks = "10.0.0.0/8,0.0.0.0/0"
    },
    {
      rule = "ssh-tcp"
      # ok: iac/aws/sg-open-ssh
      cidr_blocks = "10.0.0.0/8"
    },
  ]
}

module "web_sg" {
  source        = "terraform-aws-modules/security-group/aws//modules/http-80"
  version       = "~> 5.0"
  name          = "web"
  # ok: iac/aws/sg-open-ssh
  ingress_cidr_blocks = ["0.0.0.0/0"]
}

resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0abc1234"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    # ruleid: iac/aws/sg-open-ssh
    cidr_blocks = ["0.0.0.0/0"]
  }
}
