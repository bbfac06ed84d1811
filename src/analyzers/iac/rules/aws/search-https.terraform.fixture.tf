resource "aws_opensearch_domain" "bad" {
  domain_name = "logs"
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    # ruleid: iac/aws/search-https
    enforce_https = false
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    # ok: iac/aws/search-https
    enforce_https = true
  }
}

