import type { CodeRule } from './types.js';
import { rule as js_sql_injection } from './javascript/sql-injection.js';
import { rule as js_nosql_injection } from './javascript/nosql-injection.js';
import { rule as js_command_injection } from './javascript/command-injection.js';
import { rule as js_code_injection } from './javascript/code-injection.js';
import { rule as js_path_traversal } from './javascript/path-traversal.js';
import { rule as js_ssrf } from './javascript/ssrf.js';
import { rule as js_open_redirect } from './javascript/open-redirect.js';
import { rule as js_reflected_xss } from './javascript/reflected-xss.js';
import { rule as js_dom_xss } from './javascript/dom-xss.js';
import { rule as js_insecure_deserialization } from './javascript/insecure-deserialization.js';
import { rule as js_template_injection } from './javascript/template-injection.js';
import { rule as js_regex_injection } from './javascript/regex-injection.js';
import { rule as js_prototype_pollution } from './javascript/prototype-pollution.js';
import { rule as js_log_injection } from './javascript/log-injection.js';
import { rule as js_ldap_injection } from './javascript/ldap-injection.js';
import { rule as js_xpath_injection } from './javascript/xpath-injection.js';
import { rule as js_tls_verification_disabled } from './javascript/tls-verification-disabled.js';
import { rule as js_tls_env_disabled } from './javascript/tls-env-disabled.js';
import { rule as js_cors_wildcard_credentials } from './javascript/cors-wildcard-credentials.js';
import { rule as js_cors_origin_reflection } from './javascript/cors-origin-reflection.js';
import { rule as js_stack_trace_exposure } from './javascript/stack-trace-exposure.js';
import { rule as js_weak_hash } from './javascript/weak-hash.js';
import { rule as js_password_fast_hash } from './javascript/password-fast-hash.js';
import { rule as js_weak_cipher } from './javascript/weak-cipher.js';
import { rule as js_ecb_mode } from './javascript/ecb-mode.js';
import { rule as js_static_iv } from './javascript/static-iv.js';
import { rule as js_deprecated_create_cipher } from './javascript/deprecated-create-cipher.js';
import { rule as js_low_bcrypt_cost } from './javascript/low-bcrypt-cost.js';
import { rule as js_low_pbkdf2_iterations } from './javascript/low-pbkdf2-iterations.js';
import { rule as js_insecure_random } from './javascript/insecure-random.js';
import { rule as js_jwt_none_algorithm } from './javascript/jwt-none-algorithm.js';
import { rule as js_jwt_decode_without_verify } from './javascript/jwt-decode-without-verify.js';
import { rule as js_jwt_hardcoded_secret } from './javascript/jwt-hardcoded-secret.js';
import { rule as js_jwt_ignore_expiration } from './javascript/jwt-ignore-expiration.js';
import { rule as js_cookie_insecure } from './javascript/cookie-insecure.js';
import { rule as js_cookie_no_httponly } from './javascript/cookie-no-httponly.js';
import { rule as js_cookie_samesite_none } from './javascript/cookie-samesite-none.js';
import { rule as js_hardcoded_session_secret } from './javascript/hardcoded-session-secret.js';
import { rule as js_mass_assignment } from './javascript/mass-assignment.js';
import { rule as js_chmod_world_writable } from './javascript/chmod-world-writable.js';
import { rule as js_eval_dynamic } from './javascript/eval-dynamic.js';
import { rule as js_child_process_dynamic } from './javascript/child-process-dynamic.js';
import { rule as js_xxe_noent } from './javascript/xxe-noent.js';
import { rule as js_non_literal_require } from './javascript/non-literal-require.js';
import { rule as js_unsafe_regex } from './javascript/unsafe-regex.js';
import { rule as js_postmessage_wildcard } from './javascript/postmessage-wildcard.js';
import { rule as js_weak_rsa_key } from './javascript/weak-rsa-key.js';
import { rule as js_helmet_csp_disabled } from './javascript/helmet-csp-disabled.js';
import { rule as js_large_body_limit } from './javascript/large-body-limit.js';
import { rule as js_missing_helmet } from './javascript/missing-helmet.js';
import { rule as js_missing_csrf } from './javascript/missing-csrf.js';
import { rule as js_missing_login_rate_limit } from './javascript/missing-login-rate-limit.js';
import { rule as js_dangerously_set_inner_html } from './javascript/dangerously-set-inner-html.js';
import { rule as js_non_literal_regexp } from './javascript/non-literal-regexp.js';
import { rule as js_hardcoded_salt } from './javascript/hardcoded-salt.js';
import { rule as js_incomplete_url_host_check } from './javascript/incomplete-url-host-check.js';
import { rule as js_new_buffer } from './javascript/new-buffer.js';
import { rule as js_buffer_noassert } from './javascript/buffer-noassert.js';
import { rule as js_cleartext_http_request } from './javascript/cleartext-http-request.js';
import { rule as js_yaml_unsafe_schema } from './javascript/yaml-unsafe-schema.js';
import { rule as js_sensitive_file_permissions } from './javascript/sensitive-file-permissions.js';
import { rule as js_overlapping_quantifier_regex } from './javascript/overlapping-quantifier-regex.js';
import { rule as js_hmac_timing_compare } from './javascript/hmac-timing-compare.js';
import { rule as js_prototype_polluting_assignment } from './javascript/prototype-polluting-assignment.js';
import { rule as js_static_serves_app_dir } from './javascript/static-serves-app-dir.js';
import { rule as js_jwt_no_expiry } from './javascript/jwt-no-expiry.js';
import { rule as js_upload_no_size_limit } from './javascript/upload-no-size-limit.js';
import { rule as py_sql_injection } from './python/sql-injection.js';
import { rule as py_nosql_injection } from './python/nosql-injection.js';
import { rule as py_command_injection } from './python/command-injection.js';
import { rule as py_code_injection } from './python/code-injection.js';
import { rule as py_path_traversal } from './python/path-traversal.js';
import { rule as py_ssrf } from './python/ssrf.js';
import { rule as py_open_redirect } from './python/open-redirect.js';
import { rule as py_xss } from './python/xss.js';
import { rule as py_template_injection } from './python/template-injection.js';
import { rule as py_deserialization } from './python/deserialization.js';
import { rule as py_ldap_injection } from './python/ldap-injection.js';
import { rule as py_xpath_injection } from './python/xpath-injection.js';
import { rule as py_regex_injection } from './python/regex-injection.js';
import { rule as py_log_injection } from './python/log-injection.js';
import { rule as py_trust_boundary } from './python/trust-boundary.js';
import { rule as py_tls_verify_disabled } from './python/tls-verify-disabled.js';
import { rule as py_unverified_ssl_context } from './python/unverified-ssl-context.js';
import { rule as py_ssl_insecure_version } from './python/ssl-insecure-version.js';
import { rule as py_flask_debug } from './python/flask-debug.js';
import { rule as py_django_debug } from './python/django-debug.js';
import { rule as py_django_allowed_hosts_wildcard } from './python/django-allowed-hosts-wildcard.js';
import { rule as py_cors_wildcard_credentials } from './python/cors-wildcard-credentials.js';
import { rule as py_stack_trace_exposure } from './python/stack-trace-exposure.js';
import { rule as py_weak_hash } from './python/weak-hash.js';
import { rule as py_password_fast_hash } from './python/password-fast-hash.js';
import { rule as py_weak_cipher } from './python/weak-cipher.js';
import { rule as py_ecb_mode } from './python/ecb-mode.js';
import { rule as py_static_iv } from './python/static-iv.js';
import { rule as py_low_pbkdf2_iterations } from './python/low-pbkdf2-iterations.js';
import { rule as py_low_bcrypt_rounds } from './python/low-bcrypt-rounds.js';
import { rule as py_insecure_random } from './python/insecure-random.js';
import { rule as py_jwt_none_algorithm } from './python/jwt-none-algorithm.js';
import { rule as py_jwt_verify_disabled } from './python/jwt-verify-disabled.js';
import { rule as py_jwt_hardcoded_secret } from './python/jwt-hardcoded-secret.js';
import { rule as py_cookie_insecure } from './python/cookie-insecure.js';
import { rule as py_cookie_no_httponly } from './python/cookie-no-httponly.js';
import { rule as py_django_insecure_cookie_settings } from './python/django-insecure-cookie-settings.js';
import { rule as py_hardcoded_secret_key } from './python/hardcoded-secret-key.js';
import { rule as py_csrf_disabled } from './python/csrf-disabled.js';
import { rule as py_mass_assignment } from './python/mass-assignment.js';
import { rule as py_mktemp } from './python/mktemp.js';
import { rule as py_chmod_world_writable } from './python/chmod-world-writable.js';
import { rule as py_assert_for_security } from './python/assert-for-security.js';
import { rule as py_xxe_enabled } from './python/xxe-enabled.js';
import { rule as py_xxe_injection } from './python/xxe-injection.js';
import { rule as py_yaml_unsafe_load } from './python/yaml-unsafe-load.js';
import { rule as py_pickle_usage } from './python/pickle-usage.js';
import { rule as py_eval_dynamic } from './python/eval-dynamic.js';
import { rule as py_subprocess_shell_true } from './python/subprocess-shell-true.js';
import { rule as py_sql_string_format } from './python/sql-string-format.js';
import { rule as py_bind_all_interfaces } from './python/bind-all-interfaces.js';
import { rule as py_cleartext_protocol } from './python/cleartext-protocol.js';
import { rule as py_ssh_auto_add_policy } from './python/ssh-auto-add-policy.js';
import { rule as py_jinja2_autoescape_off } from './python/jinja2-autoescape-off.js';
import { rule as py_weak_rsa_key } from './python/weak-rsa-key.js';
import { rule as py_hardcoded_tmp_path } from './python/hardcoded-tmp-path.js';
import { rule as py_missing_security_headers } from './python/missing-security-headers.js';
import { rule as py_missing_csrf_protection } from './python/missing-csrf-protection.js';
import { rule as py_missing_login_rate_limit } from './python/missing-login-rate-limit.js';
import { rule as py_missing_body_size_limit } from './python/missing-body-size-limit.js';

/** Every code rule, explicitly: analyzer.rules derives from this list. */
export const rules: readonly CodeRule[] = [
  js_sql_injection,
  js_nosql_injection,
  js_command_injection,
  js_code_injection,
  js_path_traversal,
  js_ssrf,
  js_open_redirect,
  js_reflected_xss,
  js_dom_xss,
  js_insecure_deserialization,
  js_template_injection,
  js_regex_injection,
  js_prototype_pollution,
  js_log_injection,
  js_ldap_injection,
  js_xpath_injection,
  js_tls_verification_disabled,
  js_tls_env_disabled,
  js_cors_wildcard_credentials,
  js_cors_origin_reflection,
  js_stack_trace_exposure,
  js_weak_hash,
  js_password_fast_hash,
  js_weak_cipher,
  js_ecb_mode,
  js_static_iv,
  js_deprecated_create_cipher,
  js_low_bcrypt_cost,
  js_low_pbkdf2_iterations,
  js_insecure_random,
  js_jwt_none_algorithm,
  js_jwt_decode_without_verify,
  js_jwt_hardcoded_secret,
  js_jwt_ignore_expiration,
  js_cookie_insecure,
  js_cookie_no_httponly,
  js_cookie_samesite_none,
  js_hardcoded_session_secret,
  js_mass_assignment,
  js_chmod_world_writable,
  js_eval_dynamic,
  js_child_process_dynamic,
  js_xxe_noent,
  js_non_literal_require,
  js_unsafe_regex,
  js_postmessage_wildcard,
  js_weak_rsa_key,
  js_helmet_csp_disabled,
  js_large_body_limit,
  js_missing_helmet,
  js_missing_csrf,
  js_missing_login_rate_limit,
  js_dangerously_set_inner_html,
  js_non_literal_regexp,
  js_hardcoded_salt,
  js_incomplete_url_host_check,
  js_new_buffer,
  js_buffer_noassert,
  js_cleartext_http_request,
  js_yaml_unsafe_schema,
  js_sensitive_file_permissions,
  js_overlapping_quantifier_regex,
  js_hmac_timing_compare,
  js_prototype_polluting_assignment,
  js_static_serves_app_dir,
  js_jwt_no_expiry,
  js_upload_no_size_limit,
  py_sql_injection,
  py_nosql_injection,
  py_command_injection,
  py_code_injection,
  py_path_traversal,
  py_ssrf,
  py_open_redirect,
  py_xss,
  py_template_injection,
  py_deserialization,
  py_ldap_injection,
  py_xpath_injection,
  py_regex_injection,
  py_log_injection,
  py_trust_boundary,
  py_tls_verify_disabled,
  py_unverified_ssl_context,
  py_ssl_insecure_version,
  py_flask_debug,
  py_django_debug,
  py_django_allowed_hosts_wildcard,
  py_cors_wildcard_credentials,
  py_stack_trace_exposure,
  py_weak_hash,
  py_password_fast_hash,
  py_weak_cipher,
  py_ecb_mode,
  py_static_iv,
  py_low_pbkdf2_iterations,
  py_low_bcrypt_rounds,
  py_insecure_random,
  py_jwt_none_algorithm,
  py_jwt_verify_disabled,
  py_jwt_hardcoded_secret,
  py_cookie_insecure,
  py_cookie_no_httponly,
  py_django_insecure_cookie_settings,
  py_hardcoded_secret_key,
  py_csrf_disabled,
  py_mass_assignment,
  py_mktemp,
  py_chmod_world_writable,
  py_assert_for_security,
  py_xxe_enabled,
  py_xxe_injection,
  py_yaml_unsafe_load,
  py_pickle_usage,
  py_eval_dynamic,
  py_subprocess_shell_true,
  py_sql_string_format,
  py_bind_all_interfaces,
  py_cleartext_protocol,
  py_ssh_auto_add_policy,
  py_jinja2_autoescape_off,
  py_weak_rsa_key,
  py_hardcoded_tmp_path,
  py_missing_security_headers,
  py_missing_csrf_protection,
  py_missing_login_rate_limit,
  py_missing_body_size_limit,
];
