resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  environment {
    variables = {
      # ruleid: iac/aws/lambda-env-secret
      DB_PASSWORD = "correct-horse-battery"
      # ok: iac/aws/lambda-env-secret
      DB_SECRET_ARN = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db"
    }
  }
}
