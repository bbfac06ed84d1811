resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    # ruleid: iac/aws/sg-open-rdp
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    # ok: iac/aws/sg-open-rdp
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group" "any_base" {
  name = "any-base"
  # A /0 mask covers every address whatever base address is written.
  ingress {
    from_port   = 3000
    to_port     = 4000
    protocol    = "tcp"
    # ruleid: iac/aws/sg-open-rdp
    cidr_blocks = ["1.0.0.0/0"]
  }
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    # ok: iac/aws/sg-open-rdp
    cidr_blocks = ["1.0.0.0/8"]
  }
}
