resource "aws_db_instance" "nobackup" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  publicly_accessible     = false
  storage_encrypted       = true
  # ruleid: iac/aws/rds-no-backup
  backup_retention_period = 0
}

resource "aws_db_instance" "backedup" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  publicly_accessible     = false
  storage_encrypted       = true
  # ok: iac/aws/rds-no-backup
  backup_retention_period = 14
}

