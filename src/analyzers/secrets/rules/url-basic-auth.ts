import { patternRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { urlPasswordReason } from '../engine/validators.js';

export const rule = patternRule({
  name: "url-basic-auth",
  title: "Credentials in an HTTP/FTP URL",
  provider: "the server in the URL",
  what: "A Credentials in an HTTP/FTP URL",
  confidence: 'medium',
  pattern: "(?<![A-Za-z0-9+.-])(?:https?|ftps?|sftp|ssh|git|smtps?|ldaps?)://(?<user>[^\\s:@/\"'<>`]{0,80}):(?<secret>[^\\s:@/\"'<>`]{3,128})@[A-Za-z0-9._-]{1,253}",
  keywords: ["http","ftp","ssh","git","smtp","ldap"],
  minEntropy: 3,
  validate: (s) => urlPasswordReason(s),
  keyed: true,
  noPlaceholderCheck: true,
  fake: (r) => `https://deploy:${r.chars(ALNUM, 20)}@artifacts.internal.example.net/repo`,
});

export const meta = rule.meta;
