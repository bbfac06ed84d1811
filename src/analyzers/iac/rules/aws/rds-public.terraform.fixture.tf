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


# terraform-aws-modules/rds is modelled from its inputs and its defaults.
module "reporting_db" {
  source                  = "terraform-aws-modules/rds/aws"
  version                 = "~> 6.0"
  identifier              = "reporting"
  engine                  = "postgres"
  backup_retention_period = 7
  # ruleid: iac/aws/rds-public
  publicly_accessible = true
}

# ok: iac/aws/rds-public
module "orders_db" {
  source                  = "terraform-aws-modules/rds/aws"
  version                 = "6.1.0"
  identifier              = "orders"
  engine                  = "postgres"
  backup_retention_period = 7
}
