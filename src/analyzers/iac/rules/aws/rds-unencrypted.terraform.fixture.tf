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

# The rds module encrypts by default only from v4.0.0.
# ruleid: iac/aws/rds-unencrypted
module "legacy_db" {
  source                  = "terraform-aws-modules/rds/aws"
  version                 = "~> 3.0"
  identifier              = "legacy"
  engine                  = "mysql"
  backup_retention_period = 7
}

# ok: iac/aws/rds-unencrypted
module "current_db" {
  source                  = "terraform-aws-modules/rds/aws"
  version                 = "~> 6.0"
  identifier              = "current"
  engine                  = "mysql"
  backup_retention_period = 7
}

# A range that spans the change in default is not guessed.
# ok: iac/aws/rds-unencrypted
module "any_db" {
  source                  = "terraform-aws-modules/rds/aws"
  version                 = ">= 3.0"
  identifier              = "any"
  engine                  = "mysql"
  backup_retention_period = 7
}

# A cluster's cluster_identifier is its own name, not membership of another cluster.
# ruleid: iac/aws/rds-unencrypted
resource "aws_rds_cluster" "plain" {
  cluster_identifier      = "plain"
  engine                  = "aurora-postgresql"
  backup_retention_period = 7
}

resource "aws_rds_cluster" "sealed" {
  cluster_identifier      = "sealed"
  engine                  = "aurora-postgresql"
  backup_retention_period = 7
  # ok: iac/aws/rds-unencrypted
  storage_encrypted = true
}

resource "aws_db_instance" "replica_off" {
  instance_class          = "db.t3.micro"
  replicate_source_db     = "arn:aws:rds:us-east-1:123456789012:db:source"
  backup_retention_period = 7
  kms_key_id              = "arn:aws:kms:us-east-1:123456789012:key/example"
  # ruleid: iac/aws/rds-unencrypted
  storage_encrypted = false
}

# Aurora Serverless v1 cluster volumes are always encrypted: unset is not clear text.
# ok: iac/aws/rds-unencrypted
resource "aws_rds_cluster" "on_demand" {
  cluster_identifier      = "on-demand"
  engine                  = "aurora-mysql"
  engine_mode             = "serverless"
  backup_retention_period = 7
}

# A provisioned cluster (the default engine mode) is unencrypted unless asked.
# ruleid: iac/aws/rds-unencrypted
resource "aws_rds_cluster" "provisioned" {
  cluster_identifier      = "provisioned"
  engine                  = "aurora-mysql"
  engine_mode             = "provisioned"
  backup_retention_period = 7
}

# A read replica takes its source's encryption; the source above is where it is decided.
# ok: iac/aws/rds-unencrypted
resource "aws_db_instance" "reader" {
  replicate_source_db = aws_db_instance.plain.identifier
  instance_class      = "db.t3.micro"
}
