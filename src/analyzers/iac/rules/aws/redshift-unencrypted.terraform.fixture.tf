resource "aws_redshift_cluster" "bad" {
  cluster_identifier = "dw"
  node_type = "ra3.xlplus"
  # ruleid: iac/aws/redshift-unencrypted
  encrypted = false
  publicly_accessible = false
}

resource "aws_redshift_cluster" "good" {
  cluster_identifier = "dw"
  node_type = "ra3.xlplus"
  # ok: iac/aws/redshift-unencrypted
  encrypted = true
  publicly_accessible = false
}

