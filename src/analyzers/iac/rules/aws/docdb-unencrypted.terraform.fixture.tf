resource "aws_docdb_cluster" "bad" {
  # ruleid: iac/aws/docdb-unencrypted
  storage_encrypted = false
}

# ruleid: iac/aws/docdb-unencrypted
resource "aws_docdb_cluster" "missing" {
}

resource "aws_docdb_cluster" "good" {
  # ok: iac/aws/docdb-unencrypted
  storage_encrypted = true
}

