resource "aws_security_group_rule" "all" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  # ruleid: iac/aws/sg-open-all-ports, iac/aws/sg-open-ssh, iac/aws/sg-open-rdp
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  # ok: iac/aws/sg-open-all-ports
  cidr_blocks       = ["0.0.0.0/0"]
}
