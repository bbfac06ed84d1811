provider "aws" {
  region     = "us-east-1"
  # ruleid: iac/aws/provider-credentials
  access_key = "AKIAIOSFODNN7EXAMPLE"
  # ruleid: iac/aws/provider-credentials
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

provider "aws" {
  alias   = "ci"
  region  = "us-east-1"
  # ok: iac/aws/provider-credentials
  profile = "ci"
}
