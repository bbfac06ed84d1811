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

