resource "aws_lb_listener" "plain" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/abc"
  port              = 80
  # ruleid: iac/aws/http-listener
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/abc"
  }
}

resource "aws_lb_listener" "redirect" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/abc"
  port              = 80
  # ok: iac/aws/http-listener
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_elb" "classic" {
  name               = "classic"
  availability_zones = ["us-east-1a"]
  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    # ruleid: iac/aws/http-listener
    lb_protocol = "http"
  }
  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/example"
    # ok: iac/aws/http-listener
    lb_protocol = "https"
  }
}

resource "aws_lb_listener" "redirect_to_http" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/abc"
  port              = 8080
  default_action {
    type = "redirect"
    redirect {
      port        = "80"
      # ruleid: iac/aws/http-listener
      protocol    = "HTTP"
      status_code = "HTTP_302"
    }
  }
}

resource "aws_lb_listener" "redirect_from_variable" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/abc"
  # ok: iac/aws/http-listener
  port              = 80
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = var.redirect_protocol
      status_code = "HTTP_301"
    }
  }
}
