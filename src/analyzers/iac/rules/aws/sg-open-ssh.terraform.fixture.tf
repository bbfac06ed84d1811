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
