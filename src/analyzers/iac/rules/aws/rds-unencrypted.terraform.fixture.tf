resource "aws_db_instance" "plain" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  publicly_accessible     = false
  # ruleid: iac/aws/rds-unencrypted
  storage_encrypted       = false
  backup_retention_period = 7
}

resource "aws_db_instance" "sealed" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  publicly_accessible     = false
  # ok: iac/aws/rds-unencrypted
  storage_encrypted       = true
  backup_retention_period = 7
}

