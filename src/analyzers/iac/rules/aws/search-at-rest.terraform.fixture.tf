resource "aws_opensearch_domain" "bad" {
  domain_name = "logs"
  encrypt_at_rest {
    # ruleid: iac/aws/search-at-rest
    enabled = false
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https = true
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name = "search"
  encrypt_at_rest {
    # ok: iac/aws/search-at-rest
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https = true
  }
}

