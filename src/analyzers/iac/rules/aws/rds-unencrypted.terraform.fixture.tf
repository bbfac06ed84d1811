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


resource "aws_db_instance" "replica" {
  instance_class          = "db.t3.micro"
  replicate_source_db     = "arn:aws:rds:us-east-1:123456789012:db:source"
  backup_retention_period = 7
  # ok: iac/aws/rds-unencrypted
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/example"
}
