resource "aws_redshift_cluster" "bad" {
  cluster_identifier = "dw"
  node_type = "ra3.xlplus"
  encrypted = true
  # ruleid: iac/aws/redshift-public
  publicly_accessible = true
}

resource "aws_redshift_cluster" "good" {
  cluster_identifier = "dw"
  node_type = "ra3.xlplus"
  encrypted = true
  # ok: iac/aws/redshift-public
  publicly_accessible = false
}


# Unset: public under AWS provider v4 and older, private from v5; reported at medium confidence.
# ruleid: iac/aws/redshift-public
resource "aws_redshift_cluster" "default_access" {
  cluster_identifier = "reports"
  node_type = "ra3.xlplus"
  encrypted = true
}

resource "aws_redshift_cluster" "from_variable" {
  cluster_identifier = "reports"
  node_type = "ra3.xlplus"
  encrypted = true
  # ok: iac/aws/redshift-public
  publicly_accessible = var.redshift_public
}
