resource "aws_db_instance" "pub" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  # ruleid: iac/aws/rds-public
  publicly_accessible     = true
  storage_encrypted       = true
  backup_retention_period = 7
}

resource "aws_db_instance" "priv" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  # ok: iac/aws/rds-public
  publicly_accessible     = false
  storage_encrypted       = true
  backup_retention_period = 7
}

