resource "aws_opensearch_domain" "bad" {
  domain_name = "logs"
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    # ruleid: iac/aws/search-node-to-node
    enabled = false
  }
  domain_endpoint_options {
    enforce_https = true
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    # ok: iac/aws/search-node-to-node
    enabled = true
  }
  domain_endpoint_options {
    enforce_https = true
  }
}

