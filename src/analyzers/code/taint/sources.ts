import type { CodeLanguage } from '../parsing/parse.js';
import type { Origin, SinkCategory } from './types.js';

/**
 * Request data by framework: the root object name and the first property that carries user input.
 * Express/Fastify/Hapi/Next use `req`/`request`, Koa uses `ctx`, Flask/Django/FastAPI `request`.
 */
const JS_REQUEST_ROOTS = new Set(['req', 'request', 'ctx', 'context', 'formData']);
const JS_REQUEST_PROPS = new Set([
  'body', 'query', 'params', 'headers', 'cookies', 'signedCookies', 'url', 'originalUrl', 'path', 'hostname',
  'payload', 'param', 'header', 'get', 'querystring', 'files', 'file', 'raw', 'json', 'formData', 'text',
  'nextUrl', 'searchParams', 'getAll', 'request', 'protocol', 'host', 'subdomains',
]);
/** Browser-side attacker-controlled values (DOM XSS, open redirect). */
const JS_DOM_SOURCES = new Set(['location.hash', 'location.search', 'location.href', 'document.URL', 'document.location', 'document.referrer', 'window.name', 'document.cookie', 'window.location.hash', 'window.location.search', 'window.location.href', 'document.documentURI']);

const PY_REQUEST_PROPS = new Set([
  'args', 'form', 'values', 'json', 'data', 'files', 'cookies', 'headers', 'get_json', 'get_data', 'GET', 'POST',
  'COOKIES', 'META', 'body', 'FILES', 'query_params', 'path_params', 'query_string', 'environ', 'stream', 'url',
  'path', 'full_path', 'base_url', 'view_args', 'form_data', 'match_info', 'query', 'post', 'text', 'content',
]);

export interface SourceMatch {
  readonly origin: Origin;
  readonly label: string;
}

/** Is this dotted access path (e.g. `req.body.name`, `request.args`) a source? Parts come from the member chain. */
export function sourceOfPath(language: CodeLanguage, parts: readonly string[]): SourceMatch | undefined {
  if (parts.length < 2) return undefined;
  let [root, first] = parts as [string, string];
  let offset = 0;
  if ((root === 'this' || root === 'self') && parts.length >= 3 && (parts[1] === 'request' || parts[1] === 'req')) {
    root = parts[1]!;
    first = parts[2]!;
    offset = 1;
  }
  if (language === 'javascript') {
    if (JS_REQUEST_ROOTS.has(root) && JS_REQUEST_PROPS.has(first)) {
      if (root === 'formData' && first !== 'get' && first !== 'getAll') return undefined;
      return { origin: 'request', label: parts.slice(0, 3 + offset).join('.') };
    }
    const two = `${root}.${first}`;
    if (JS_DOM_SOURCES.has(two) || (parts.length >= 3 && JS_DOM_SOURCES.has(`${two}.${parts[2]}`))) return { origin: 'request', label: parts.join('.') };
    if (two === 'process.argv') return { origin: 'cli', label: 'process.argv' };
    if (two === 'process.env') return { origin: 'env', label: parts.slice(0, 3).join('.') };
    return undefined;
  }
  if (root === 'request' && PY_REQUEST_PROPS.has(first)) return { origin: 'request', label: parts.slice(0, 2 + offset).join('.') };
  if (root === 'sys' && first === 'argv') return { origin: 'cli', label: 'sys.argv' };
  if (root === 'os' && (first === 'environ' || first === 'getenv')) return { origin: 'env', label: `os.${first}` };
  return undefined;
}

/** Bare calls that return attacker-influenced data. */
export function sourceOfCall(language: CodeLanguage, callee: string): SourceMatch | undefined {
  if (language === 'python') {
    if (callee === 'input' || callee === 'raw_input') return { origin: 'cli', label: `${callee}()` };
    if (callee === 'os.getenv' || callee === 'os.environ.get') return { origin: 'env', label: `${callee}()` };
  } else if (callee === 'prompt') {
    return { origin: 'request', label: 'prompt()' };
  }
  return undefined;
}

/** Coercions to a non-string type: the result cannot carry an injection payload. */
const UNIVERSAL = new Set([
  'Number', 'parseInt', 'parseFloat', 'Boolean', 'int', 'float', 'bool', 'len', 'isNaN', 'isFinite', 'uuid.UUID',
  'Math.floor', 'Math.round', 'Math.abs', 'Math.min', 'Math.max', 'isinstance', 'hash', 'ord', 'id', 'type',
  'encodeURIComponent', 'validator.isInt', 'validator.isUUID',
]);
const UNIVERSAL_METHODS = new Set(['length', 'indexOf', 'includes', 'startsWith', 'endsWith', 'test', 'isdigit', 'isnumeric', 'isalnum', 'count', 'safeParse', 'model_validate', 'parse_obj', 'hexdigest', 'digest']);

const CATEGORY_SANITIZERS: ReadonlyArray<readonly [SinkCategory[], readonly string[]]> = [
  [['shell'], ['shlex.quote', 'pipes.quote', 'quote', 'shellescape', 'shellEscape', 'shell-quote', 'escapeShellArg']],
  [['path'], ['basename', 'path.basename', 'os.path.basename', 'secure_filename', 'werkzeug.utils.secure_filename', 'sanitizeFilename', 'sanitize', 'safe_join', 'flask.safe_join', 'werkzeug.utils.safe_join', 'werkzeug.security.safe_join']],
  [['xss', 'template'], ['escape', 'escapeHtml', 'escapeHTML', 'html.escape', 'cgi.escape', 'markupsafe.escape', 'bleach.clean', 'DOMPurify.sanitize', 'sanitizeHtml', 'xss', 'he.encode', 'he.escape', 'encodeHTML', 'htmlEscape', '_.escape', 'lodash.escape', 'validator.escape', 'encodeForHTML', 'xssFilters.inHTMLData', 'escape_for_html', 'format_html', 'django.utils.html.format_html', 'conditional_escape', 'strip_tags']],
  [['sql'], ['mysql.escape', 'connection.escape', 'pool.escape', 'SqlString.escape', 'sqlstring.escape', 'escapeId', 'pg.escapeLiteral', 'escapeLiteral', 'escape_string']],
  [['ldap'], ['escape_filter_chars', 'ldap.filter.escape_filter_chars', 'escape_dn_chars', 'ldapEscape', 'escapeLDAP']],
  [['regex'], ['re.escape', 'escapeRegExp', '_.escapeRegExp', 'escapeStringRegexp', 'escapeRegex', 'lodash.escapeRegExp']],
  [['redirect', 'ssrf'], ['url_has_allowed_host_and_scheme', 'is_safe_url']],
  // Routing helpers build a path inside the app from its own route table: arguments end up in the path or query only.
  [['redirect'], ['url_for', 'flask.url_for', 'reverse', 'django.urls.reverse', 'reverse_lazy', 'urls.reverse']],
  [['xpath'], ['escapeXPath', 'xpath_escape']],
  [['log'], ['sanitizeLog', 'stripNewlines']],
];
const CATEGORY_BY_NAME = new Map<string, SinkCategory[]>();
for (const [cats, names] of CATEGORY_SANITIZERS) for (const n of names) CATEGORY_BY_NAME.set(n, cats);

export type SanitizerEffect = { readonly kind: 'all' } | { readonly kind: 'some'; readonly categories: readonly SinkCategory[] } | undefined;

/** Schema validators (zod `schema.parse`, pydantic `Model(**data)`, Joi `validate`) return typed data. */
function isSchemaParse(callee: string, last: string): boolean {
  if (last !== 'parse' && last !== 'parseAsync' && last !== 'validate' && last !== 'validateSync' && last !== 'cast') return false;
  const receiver = callee.slice(0, callee.length - last.length - 1);
  return /schema|validator|^z\.|Schema|Dto|Joi/.test(receiver) && !receiver.endsWith('JSON') && !receiver.endsWith('url') && !receiver.endsWith('path');
}

export function sanitizerOf(callee: string): SanitizerEffect {
  if (!callee) return undefined;
  const dot = callee.lastIndexOf('.');
  const last = dot === -1 ? callee : callee.slice(dot + 1);
  if (UNIVERSAL.has(callee) || UNIVERSAL.has(last) && dot === -1) return { kind: 'all' };
  if (dot !== -1 && UNIVERSAL_METHODS.has(last)) return { kind: 'all' };
  if (isSchemaParse(callee, last)) return { kind: 'all' };
  const cats = CATEGORY_BY_NAME.get(callee) ?? CATEGORY_BY_NAME.get(last);
  if (cats) return { kind: 'some', categories: cats };
  // Project-specific helpers named for what they do (`escapeHtml`, `sanitize_input`) are trusted for HTML.
  const lower = last.toLowerCase();
  if (lower.startsWith('escape') || lower.includes('sanitiz') || lower.startsWith('encode_for') || lower.startsWith('encodefor')) {
    return { kind: 'some', categories: ['xss', 'template', 'log'] };
  }
  return undefined;
}

/** Container mutators: `list.append(tainted)` taints `list`. */
export const MUTATORS = new Set(['push', 'unshift', 'append', 'extend', 'insert', 'add', 'set', 'update', 'setdefault', 'appendleft', 'write']);
