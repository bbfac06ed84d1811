resource "aws_iam_role_policy_attachment" "admin" {
  role       = "app"
  # ruleid: iac/aws/iam-admin-attachment
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "read" {
  role       = "app"
  # ok: iac/aws/iam-admin-attachment
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
