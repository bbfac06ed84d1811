function targetForRedirect(target, domain) {
  const url = new URL(target);
// ruleid: code/javascript/incomplete-url-host-check
  if (url.hostname.includes(domain)) return target;
  return `https://${domain}`;
}

function allowedOrigin(req) {
  const origin = req.get('origin');
// ruleid: code/javascript/incomplete-url-host-check
  return origin.indexOf('example.com') !== -1;
}

function isTrustedHost(hostname) {
// ruleid: code/javascript/incomplete-url-host-check
  return hostname.endsWith('example.com');
}

function fromOurSite(referer) {
// ruleid: code/javascript/incomplete-url-host-check
  return referer.startsWith('https://example.com');
}

function safeRedirect(next) {
// ruleid: code/javascript/incomplete-url-host-check
  if (next.includes('example.com')) return next;
  return '/';
}

function exactHost(target, domain) {
  const url = new URL(target);
// ok: code/javascript/incomplete-url-host-check
  if (url.hostname === domain || url.hostname.endsWith(`.${domain}`)) return target;
// ok: code/javascript/incomplete-url-host-check
  if (url.hostname.endsWith('.example.com')) return target;
  return `https://${domain}`;
}

const ALLOWED = ['example.com', 'api.example.com'];
function allowList(url) {
// ok: code/javascript/incomplete-url-host-check
  return ALLOWED.includes(new URL(url).hostname);
}

function anchoredPrefix(referer) {
// ok: code/javascript/incomplete-url-host-check
  return referer.startsWith('https://example.com/');
}

function hasPort(host) {
// ok: code/javascript/incomplete-url-host-check
  return host.includes(':');
}

function isScript(url) {
// ok: code/javascript/incomplete-url-host-check
  return url.endsWith('.js');
}

function apiBase() {
  // Environment detection on the page's own location: not an allow-list.
// ok: code/javascript/incomplete-url-host-check
  return window.location.hostname.includes('staging.example.com') ? STAGING : PROD;
}
