import type { SgNode } from '@ast-grep/napi';
import type { TraceStep } from '../../../core/finding.js';
import type { LineIndex } from '../../../core/location.js';
import type { CodeLanguage } from '../parsing/parse.js';
import { MUTATORS, sanitizerOf, sourceOfCall, sourceOfPath } from './sources.js';
import type { SinkCategory, SinkHit, SinkSpec, Taint, TaintRule } from './types.js';

const MAX_TRACE = 8;
const MAX_DEPTH = 60;
/** Left-nested operator chains (`a + b + …`) deeper than this count against MAX_DEPTH again. */
const MAX_CHAIN = 1500;
/** Node kinds whose subtree has nothing for the taint walk (Python f-strings are `string` too, so JS strings are handled apart). */
const NO_CODE_INSIDE = new Set([
  'identifier', 'property_identifier', 'shorthand_property_identifier', 'private_property_identifier', 'statement_identifier',
  'number', 'integer', 'float', 'true', 'false', 'null', 'undefined', 'none', 'this', 'super', 'comment', 'regex',
  'string_fragment', 'string_content', 'escape_sequence', 'hash_bang_line',
  'type_annotation', 'type_arguments', 'type_parameters', 'type_alias_declaration', 'interface_declaration', 'type_identifier', 'predefined_type',
  'import_statement', 'import_from_statement', 'future_import_statement',
]);

const JS_FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function', 'function']);
const PY_FUNCTIONS = new Set(['function_definition', 'lambda']);
const LITERALS = new Set(['string', 'number', 'integer', 'float', 'true', 'false', 'null', 'undefined', 'none', 'None', 'True', 'False', 'regex', 'template_string_fragment', 'string_fragment', 'comment']);
const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '>', '<=', '>=', 'instanceof', 'in']);
const LOGICAL = new Set(['&&', '||', '??']);
const ITERATORS = new Set(['forEach', 'map', 'flatMap', 'filter', 'reduce', 'some', 'every', 'find', 'then']);
const NO_TAINT_KINDS = new Set(['comparison_operator', 'not_operator', 'unary_expression', 'class_declaration', 'class_definition', 'import_statement', 'import_from_statement', 'type_annotation', 'decorator']);
const BRANCHES = new Set(['catch_clause', 'except_clause', 'while_statement', 'for_statement', 'for_in_statement', 'try_statement']);
/** Folds literal arithmetic/comparisons over known constants; undefined when not decidable. */
function constValue(node: SgNode, consts: Map<string, number | string | boolean>, depth: number): number | string | boolean | undefined {
  if (depth > 12) return undefined;
  const kind = node.kind().toString();
  switch (kind) {
    case 'integer': case 'number': { const n = Number(node.text()); return Number.isFinite(n) ? n : undefined; }
    case 'true': case 'True': return true;
    case 'false': case 'False': return false;
    case 'string': {
      const t = node.text();
      if (node.children().some((c) => c.kind().toString() === 'interpolation' || c.kind().toString() === 'template_substitution')) return undefined;
      const m = /^[rbuRBU]?(['"])([^'"\\]*)\1$/.exec(t);
      return m ? m[2] : undefined;
    }
    case 'identifier': return consts.get(node.text());
    case 'subscript': {
      // `"ABC"[1]` on a known string.
      const value = node.field('value');
      const index = node.field('subscript');
      const v = value ? constValue(value, consts, depth + 1) : undefined;
      const i = index ? constValue(index, consts, depth + 1) : undefined;
      return typeof v === 'string' && typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < v.length ? v[i] : undefined;
    }
    case 'parenthesized_expression': { const inner = node.children().find((c) => c.isNamed()); return inner ? constValue(inner, consts, depth + 1) : undefined; }
    case 'not_operator': { const v = node.field('argument'); const r = v ? constValue(v, consts, depth + 1) : undefined; return typeof r === 'boolean' ? !r : undefined; }
    case 'binary_expression': case 'binary_operator': case 'comparison_operator': {
      const named = node.children().filter((c) => c.isNamed());
      if (named.length !== 2) return undefined;
      const op = node.children().filter((c) => !c.isNamed()).map((c) => c.text()).join(' ');
      const a = constValue(named[0]!, consts, depth + 1);
      const b = constValue(named[1]!, consts, depth + 1);
      if (a === undefined || b === undefined) return undefined;
      if (typeof a === 'number' && typeof b === 'number') {
        switch (op) {
          case '+': return a + b; case '-': return a - b; case '*': return a * b;
          case '>': return a > b; case '<': return a < b; case '>=': return a >= b; case '<=': return a <= b;
          case '==': case '===': return a === b; case '!=': case '!==': return a !== b;
        }
        return undefined;
      }
      if (typeof a === 'string' && typeof b === 'string') {
        switch (op) {
          case 'in': return b.includes(a); case 'not in': return !b.includes(a);
          case '==': case '===': return a === b; case '!=': case '!==': return a !== b;
          case '+': return a + b;
        }
      }
      return undefined;
    }
    default: return undefined;
  }
}

/**
 * The case a constant `match` subject selects: null when none matches, undefined when undecidable
 * (a non-literal pattern comes first).
 */
function liveCase(cases: SgNode[], subject: number | string | boolean | undefined): SgNode | null | undefined {
  if (subject === undefined || typeof subject === 'boolean') return undefined;
  for (const c of cases) {
    const pattern = c.children().find((k) => k.kind().toString() === 'case_pattern');
    if (!pattern || c.children().some((k) => k.kind().toString() === 'if_clause')) return undefined;
    const text = pattern.text().trim();
    if (text === '_') return c;
    const alternatives = text.split('|').map((a) => a.trim());
    let matched = false;
    for (const alt of alternatives) {
      const m = /^(['"])([^'"\\]*)\1$/.exec(alt);
      if (m) { if (m[2] === subject) matched = true; continue; }
      if (/^-?\d{1,15}$/.test(alt)) { if (Number(alt) === subject) matched = true; continue; }
      return undefined;
    }
    if (matched) return c;
  }
  return null;
}

/** Conditions that validate a value (allow-lists, prefixes, patterns, equality), as opposed to emptiness checks. */
/** Calls whose result says nothing about the characters of their argument. */
const OPAQUE_CALL = new Set(['len', 'type', 'bool', 'id', 'hash', 'isinstance', 'hasattr', 'getattr', 'callable', 'any', 'all', 'sum', 'min', 'max', 'Boolean', 'typeof', 'Array.isArray', 'Number.isInteger']);
const CHECK_CALL = /(?:match|search|startswith|endswith|startsWith|endsWith|isalnum|isdigit|isnumeric|isidentifier|isalpha|isascii|includes|has|test|[Vv]alid\w*|[Ss]afe\w*|[Aa]llowed\w*|get)$/;
/** Checks that, when true, leave only safe values: equality with a literal, membership in a literal or constant collection, whole-value patterns, character classes, validators. */
const POSITIVE_VALIDATION = /(?:^|[^!=<>])==\s*(?:['"\d]|[A-Z_]{2,}\b)|\bin\s+(?:[\[({]|[A-Z_]{2,}\b)|fullmatch\(|\.isalnum\(|\.isdigit\(|\.isnumeric\(|\.isidentifier\(|\bis_valid\w*\(|\bisValid\w*\(|\bis_safe\w*\(|\bis_allowed\w*\(|\burl_has_allowed_host_and_scheme\(/;
const VALIDATION = /\bnot in\b|\bin\s*[\[({]|[!=]==?|startswith|endswith|startsWith|endsWith|fullmatch|\.match\(|isalnum|isdigit|isnumeric|isidentifier|\.test\(|\.includes\(|\.has\(|isValid|is_valid|validate|is_safe|is_allowed|isAllowed|isSafe|\bsafe\w*\(|\ballowed\w*\(/;
const CLI_CATEGORIES = new Set(['shell', 'code', 'sql', 'nosql', 'deserialization', 'ldap', 'xpath', 'template']);
function reportable(category: SinkCategory, taint: Taint): boolean {
  if (taint.cleared.includes(category)) return false;
  // Logging a CLI argument or an env var is not an attack path: only request data forges log lines.
  if (category === 'log' && taint.origin !== 'request') return false;
  // Whoever runs a CLI or sets its environment already controls its files and URLs; only injection
  // into interpreters (shell, code, queries, deserializers) stays worth a (low-confidence) finding.
  if ((taint.origin === 'cli' || taint.origin === 'env') && !CLI_CATEGORIES.has(category)) return false;
  return true;
}

/** Serialisers named for the dict they return (`to_dict`, `to_collection_dict`, `model_dump`). */
const DICT_RETURNING = /(?:^|_)dict$|^model_dump$/;
/** JSON, plain-text and redirect responses (a redirect body is a fixed page with the escaped location), and dict-returning serialisers. */
const NON_HTML_RESPONSES = new Set(['jsonify', 'JsonResponse', 'JSONResponse', 'PlainTextResponse', 'ORJSONResponse', 'redirect', 'HttpResponseRedirect', 'HttpResponsePermanentRedirect', 'RedirectResponse', 'to_dict', 'as_dict', 'model_dump', 'dict']);
/** Autoescaping file-template renderers: their output is HTML in which context values are escaped. */
const PY_TEMPLATE_RENDER = new Set(['render_template', 'flask.render_template', 'render', 'shortcuts.render', 'django.shortcuts.render', 'render_to_string', 'loader.render_to_string', 'TemplateResponse', 'render_to_response']);

/** A returned JSON or plain-text response (`jsonify(x)`, `Response(x, mimetype="text/plain")`) is not parsed as HTML. */
function nonHtmlResponse(node: SgNode, sink: SinkSpec): boolean {
  // Flask serialises a returned dict or list as JSON.
  if (node.kind().toString() === 'dictionary' || node.kind().toString() === 'list') return true;
  if (node.kind().toString() !== 'call') return false;
  const callee = lastSegment(calleeText(node.field('function') ?? node));
  if (NON_HTML_RESPONSES.has(callee) || DICT_RETURNING.test(callee)) return true;
  const argText = (node.field('arguments')?.text() ?? '').replace(/\s+/g, '');
  return Boolean(sink.unlessArgText?.some((u) => argText.includes(u)));
}

/**
 * Identifiers whose value a condition checks: `len(x) == 1` or `type(x) is str` says nothing about the
 * characters of x, so identifiers under such an opaque call are skipped (unless a check call is nearer).
 */
function checkedIdentifiers(condition: SgNode): SgNode[] {
  const start = condition.range().start.index;
  return condition.findAll({ rule: { kind: 'identifier' } }).filter((id) => {
    let cur = id.parent();
    for (let i = 0; cur && i < 24 && cur.range().start.index >= start; i++, cur = cur.parent()) {
      const kind = cur.kind().toString();
      if (kind !== 'call' && kind !== 'call_expression') continue;
      const callee = cur.field('function')?.text() ?? '';
      if (OPAQUE_CALL.has(callee)) return false;
      if (callee.length <= 200 && CHECK_CALL.test(callee)) return true;
    }
    return true;
  });
}

/** Whole-value views (a parsed URL, a resolved path, str()): checking the view checks the value. */
const VIEW_STEP = /^through (?:[\w.]*\.)?(?:urlparse|urlsplit|urlopen|URL|resolve|realpath|abspath|normpath|str|Path|PurePath|unquote|unquote_plus|strip|lower|casefold)\(\)/;

/**
 * The value a taint describes, ignoring plain copies and whole-value views: `bar = param` shares param's
 * key, so checking either validates both, and `urlparse(u).netloc` checks `u`; `stem, ext = splitext(f)` are different values, so checking `ext` says nothing about `stem`.
 */
function valueKey(t: Taint): string {
  let key = '';
  for (const s of t.trace) {
    if (s.kind === 'step' && (s.message.startsWith('assigned to ') || VIEW_STEP.test(s.message))) continue;
    key += `${s.location.startLine}:${s.location.startColumn}:${s.message}|`;
  }
  return key;
}

/** Name and start of the class a node sits in (`Name@start`), or undefined. */
function enclosingClass(node: SgNode): string | undefined {
  let cur = node.parent();
  for (let i = 0; cur && i < 80; i++, cur = cur.parent()) {
    if (cur.kind().toString() === 'class_definition') return `${cur.field('name')?.text() ?? ''}@${cur.range().start.index}`;
  }
  return undefined;
}

/** A receiver built as a filesystem path: `Path(...)`, `base / name`, or taint that went through either. */
function pathLike(node: SgNode, t: Taint): boolean {
  let cur = node;
  for (let i = 0; i < 4 && cur.kind().toString() === 'parenthesized_expression'; i++) cur = cur.children().find((c) => c.isNamed()) ?? cur;
  const kind = cur.kind().toString();
  if (kind === 'binary_operator' && cur.field('operator')?.text() === '/') return true;
  if (kind === 'call' && /(?:^|\.)(?:Pure|Posix|Windows)?Path$|\.(?:resolve|absolute|joinpath|with_name|with_suffix)$/.test(calleeText(cur.field('function') ?? cur))) return true;
  return t.pathBuilt === true;
}

/** Does this string construction start with a literal that fixes scheme and host (or is an app-relative path)? */
function fixedOrigin(node: SgNode, depth: number): boolean {
  if (depth > 8) return false;
  const kind = node.kind().toString();
  let prefix: string | undefined;
  if (kind === 'binary_operator' || kind === 'binary_expression') {
    const op = node.field('operator')?.text();
    const left = node.field('left');
    if (!left) return false;
    if (op === '+') return fixedOrigin(left, depth + 1);
    if (op === '%' && left.kind().toString() === 'string') prefix = literalPrefix(left);
  } else if (kind === 'string' || kind === 'template_string') {
    prefix = literalPrefix(node);
  } else if (kind === 'parenthesized_expression') {
    const inner = node.children().find((c) => c.isNamed());
    return inner ? fixedOrigin(inner, depth + 1) : false;
  } else if (kind === 'call' || kind === 'call_expression') {
    const callee = node.field('function');
    // url_for()/reverse() build a path inside the app.
    if (callee && /(?:^|\.)(?:url_for|reverse|reverse_lazy)$/.test(callee.text())) return true;
    const receiver = callee?.field('object');
    if (callee && /\.format$/.test(callee.text()) && receiver?.kind().toString() === 'string') prefix = literalPrefix(receiver);
  }
  if (prefix === undefined) return false;
  return /^\/[^/\\]/.test(prefix) || /^[a-z][a-z0-9+.-]{0,15}:\/\/[^/?#@\\]{1,253}[/?#]/i.test(prefix);
}

/** The literal text a string starts with, up to its first interpolation or format placeholder. */
function literalPrefix(node: SgNode): string {
  const text = node.text().slice(0, 300);
  const body = text.replace(/^[rbuf]{0,2}(?:'''|"""|['"`])/i, '');
  const cut = body.search(/\{|\$\{|%|['"`]/);
  return cut === -1 ? body : body.slice(0, cut);
}

/** Flask response tuples `(body, status, headers)`: the body element; other values are themselves. */
function responseBody(node: SgNode): SgNode {
  let cur = node;
  for (let i = 0; i < 4 && cur.kind().toString() === 'parenthesized_expression'; i++) cur = cur.children().find((c) => c.isNamed()) ?? cur;
  const kind = cur.kind().toString();
  if (kind !== 'tuple' && kind !== 'expression_list') return node;
  return cur.children().find((c) => c.isNamed() && c.kind().toString() !== 'comment') ?? node;
}

/**
 * Python `s.replace(old, new)` replaces every occurrence: replacing a quote with an entity removes the
 * XPath string delimiter, replacing '<' removes HTML tags.
 */
function replacedCategories(args: SgNode[]): SinkCategory[] {
  if (args.length < 2 || args[0]!.kind().toString() !== 'string' || args[1]!.kind().toString() !== 'string') return [];
  const from = args[0]!.text().slice(1, -1);
  const to = args[1]!.text().slice(1, -1);
  if ((from === "\\'" || from === "'") && !to.includes("'")) return ['xpath'];
  if ((from === '\\"' || from === '"') && !to.includes('"')) return ['xpath'];
  if (from === '<' && !to.includes('<')) return ['xss'];
  return [];
}

/**
 * Sink families made safe by rejecting a literal found in the value (`'..' in x`, `x.includes("'")`), over
 * the arms of an `or`: '..' for paths, a quote for XPath (XPath 1.0 string literals have no escapes), '<'
 * for HTML element content. `and` proves nothing about either side.
 */
function rejectedCategories(condition: SgNode): SinkCategory[] {
  const out = new Set<SinkCategory>();
  const walk = (n: SgNode, depth: number): void => {
    if (depth > 8) return;
    const kind = n.kind().toString();
    if (kind === 'parenthesized_expression') { for (const c of n.children()) if (c.isNamed()) walk(c, depth + 1); return; }
    if (kind === 'boolean_operator' || kind === 'binary_expression' && /^\s*\|\|/.test(n.field('operator')?.text() ?? '')) {
      if (n.field('operator')?.text() === 'and') return;
      for (const side of [n.field('left'), n.field('right')]) if (side) walk(side, depth + 1);
      return;
    }
    let literal: SgNode | undefined;
    if (kind === 'comparison_operator' && n.children().filter((c) => !c.isNamed()).map((c) => c.text()).join(' ') === 'in') literal = n.children().find((c) => c.isNamed());
    else if (kind === 'call_expression' && /\.includes$/.test(n.field('function')?.text() ?? '')) literal = n.field('arguments')?.children().find((c) => c.isNamed());
    if (literal?.kind().toString() !== 'string') return;
    const value = literal.text().slice(1, -1);
    if (value.length === 0 || value.length > 8) return;
    if (value.includes('..')) out.add('path');
    if (value === "'" || value === '"' || value === "\\'" || value === '\\"') out.add('xpath');
    if (value === '<') out.add('xss');
  };
  walk(condition, 0);
  return [...out];
}
const NEGATION = /\bnot\b|!(?!=)|!==?/;
const EXIT_KINDS = new Set(['return_statement', 'raise_statement', 'throw_statement', 'continue_statement', 'break_statement']);

/** Does this branch always leave (return/raise/throw/continue/break as its last statement, or `abort(...)`)? */
function exits(arm: SgNode): boolean {
  let cur: SgNode | undefined = arm;
  for (let i = 0; cur && i < 4; i++) {
    const kind = cur.kind().toString();
    if (EXIT_KINDS.has(kind)) return true;
    if (kind === 'expression_statement') return /^(?:abort|flask\.abort|sys\.exit|exit)\(/.test(cur.text());
    const named: SgNode[] = cur.children().filter((c) => c.isNamed() && c.kind().toString() !== "comment");
    cur = named[named.length - 1];
  }
  return false;
}

/**
 * "Known" marks live in the env beside taint, under a prefix no identifier can have: the value was built
 * only from literals, constants, or request data the engine saw validated. Branch copies carry them and
 * joins intersect them (a must-property), so a sink fed by a known value is proven safe, which lets
 * coarse pattern rules on the same call stay quiet.
 */
const KNOWN = '\u0000known:';
const LIST = '\u0000list:';
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'fish', 'csh', 'tcsh', 'cmd', 'cmd.exe', 'powershell', 'powershell.exe', 'pwsh']);
const SHELL_FLAGS = new Set(['-c', '/c', '/C', '-lc', '-ic', '-Command', '-command', '/k', '/K']);
const LIST_READS = new Set(['index', 'count', 'copy', 'at', 'indexOf', 'includes', 'slice', 'join', 'map', 'filter', 'forEach']);
function listLength(n: number): Taint { return { origin: 'param', label: String(n), trace: [], cleared: [], constructed: false }; }
const KNOWN_MARK: Taint = { origin: 'param', label: 'known', trace: [], cleared: [], constructed: false };
const KNOWN_KINDS = new Set(['integer', 'float', 'number', 'true', 'false', 'none', 'True', 'False', 'None', 'null', 'undefined', 'comment', 'escape_sequence', 'string_content', 'string_start', 'string_end', 'string_fragment']);
const KNOWN_COMPOSITES = new Set(['concatenated_string', 'parenthesized_expression', 'list', 'tuple', 'set', 'dictionary', 'pair', 'array', 'object', 'binary_operator', 'binary_expression', 'boolean_operator', 'expression_list', 'comparison_operator', 'not_operator', 'unary_operator', 'unary_expression', 'interpolation', 'template_substitution', 'format_specifier', 'type_conversion', 'keyword_argument', 'argument_list', 'arguments', 'slice']);
/** Transformations whose result is known when their inputs are. */
const PURE_METHODS = new Set(['encode', 'decode', 'strip', 'lstrip', 'rstrip', 'lower', 'upper', 'replace', 'format', 'join', 'split', 'rsplit', 'title', 'capitalize', 'casefold', 'removeprefix', 'removesuffix', 'zfill', 'center', 'ljust', 'rjust', 'splitlines', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'concat', 'slice', 'substring', 'padStart', 'padEnd', 'repeat', 'toString']);
const PURE_FUNCTIONS = new Set(['str', 'bytes', 'repr', 'base64.b64encode', 'base64.b64decode', 'base64.urlsafe_b64encode', 'base64.urlsafe_b64decode', 'base64.b32encode', 'base64.b32decode', 'base64.b16encode', 'base64.b16decode', 'urllib.parse.quote', 'urllib.parse.quote_plus', 'urllib.parse.unquote', 'urllib.parse.unquote_plus', 'codecs.encode', 'codecs.decode', 'os.path.join', 'posixpath.join', 'String', 'JSON.stringify', 'path.join', 'path.resolve', 'textwrap.dedent']);

/** A TS parameter declared `req: X` / `request?: X` / `ctx: X` (the name alone makes it a request source). */
const JS_SOURCE_ROOT_PARAM = /^(?:req|request|ctx|context)\??\s*:/;
/** Types that do carry HTTP request data (Express, Next, Node http, Fastify, Koa, Hapi, SvelteKit, Nuxt/h3), or say nothing. */
const HTTP_TYPE = /\b(?:Request|NextRequest|NextApiRequest|IncomingMessage|FastifyRequest|HttpRequest|Context|ParameterizedContext|RouterContext|RequestEvent|H3Event|any|unknown)\b|Req\b|Ctx\b/;

/** Does the arm end by leaving the function (return/raise/throw/abort), rather than the loop? */
function leavesFunction(arm: SgNode): boolean {
  let cur: SgNode | undefined = arm;
  for (let i = 0; cur && i < 4; i++) {
    const kind = cur.kind().toString();
    if (kind === 'return_statement' || kind === 'raise_statement' || kind === 'throw_statement') return true;
    if (kind === 'continue_statement' || kind === 'break_statement') return false;
    if (kind === 'expression_statement') return /^(?:abort|flask\.abort|sys\.exit|exit)\(/.test(cur.text());
    const named: SgNode[] = cur.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment');
    cur = named[named.length - 1];
  }
  return false;
}

/**
 * A module whose first statement is the `'use server'` directive (after comments). A scanner, not a regex:
 * `(?:\s|//…|/*…*\/)*` backtracks exponentially over a run of block comments when the directive is absent.
 */
function isServerModule(text: string): boolean {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('//', i)) { const nl = text.indexOf('\n', i); if (nl === -1) return false; i = nl + 1; continue; }
    if (text.startsWith('/*', i)) { const end = text.indexOf('*/', i + 2); if (end === -1) return false; i = end + 2; continue; }
    return text.startsWith("'use server'", i) || text.startsWith('"use server"', i);
  }
}

/** Framework calls that take the request object for context and return no request data. */
const REQUEST_CONTEXT_CALLS = new Set(['render', 'render_template', 'render_to_string', 'TemplateResponse', 'login', 'logout', 'login_user', 'logout_user', 'authenticate', 'get_token', 'rotate_token', 'isinstance', 'id', 'type', 'bool', 'len', 'hasattr', 'getattr', 'setattr', 'print', 'debug', 'info', 'warning', 'error', 'exception', 'success', 'add_message', 'is_safe_url', 'url_has_allowed_host_and_scheme', 'has_permission', 'check_permissions', 'verify']);

const ROUTE_DECORATOR = /\.(?:route|get|post|put|patch|delete|api_route|websocket)\s*\(/;

export interface FunctionSummary {
  /** What the function returns, when tainted (origin 'param' with paramIndex = depends on that argument). */
  readonly returns: Taint[];
  /** Sinks inside reached by a parameter. */
  readonly paramHits: SinkHit[];
}

export interface TaintResult {
  readonly hits: SinkHit[];
}

type Env = Map<string, Taint>;

/**
 * Intra-procedural taint per function, in source order, plus summaries of functions defined in the
 * same file so that flows cross local calls in both directions (tainted argument into a sinking
 * function; a function returning taint). Reassignment with a clean value kills taint; branches are
 * merged by order of appearance (no path sensitivity).
 */
export class TaintEngine {
  private readonly functions = new Map<string, SgNode>();
  private readonly summaries = new Map<number, FunctionSummary>();
  /** Parameters named like a request (`req`, `request`, `ctx`) but typed as something else in the function being analysed. */
  private nonHttpRoots: ReadonlySet<string> = new Set();
  private readonly setters = new Map<string, boolean>();
  private readonly inProgress = new Set<number>();
  private readonly hits: SinkHit[] = [];
  /** The summary of the function whose body is being walked (undefined at module level). */
  private currentSummary: FunctionSummary | undefined;
  /**
   * Verdict per sink call and rule (key `start:ruleId`): true when every checked argument was proven safe
   * (known, or sanitized for the sink's family) in every context the call was analysed in.
   */
  readonly sinkVerdicts = new Map<string, boolean>();
  private readonly visited = new Set<number>();
  /** Containers written with literal keys: their literal-key reads are field-sensitive. */
  private readonly precise = new Set<string>();
  /** Containers also written with computed keys: a literal-key read may see any of those writes. */
  private readonly dynamicKeys = new Set<string>();
  /** Names bound to a new empty-or-literal container (`{}`, `dict()`, `ConfigParser()`): all their contents were written here. */
  private readonly fresh = new Set<string>();
  /** The file imports Flask's global `request` (a bare `request` is then the HTTP request object). */
  private readonly flaskRequest: boolean;
  /** Some list got a per-index model (until then, call statements need no list bookkeeping). */
  private anyList = false;
  /** `Class.field` → taint stored by some method through `self.field = ...` (request/CLI/env origins only). */
  private readonly fieldTaints = new Map<string, Taint>();
  /** Inside a handler of static routes only, `request.path` is one of those literal paths, not attacker data. */
  private staticRoute = false;
  /** Literal string values of list elements (`argv.[0]` → 'sh'), for recognising shell argv lists. */
  private readonly elementLiterals = new Map<string, string>();
  /** Inside a branch a clean assignment may not execute, so it cannot kill taint (may-analysis: union at the join). */
  private branchDepth = 0;
  /** Offset of the first statement or expression left unvisited because it is nested deeper than MAX_DEPTH. */
  depthLimitedAt: number | undefined;
  /** Chain links walked without adding depth on the current path (see chainDepth). */
  private chainLinks = 0;
  private readonly aliases = new Map<string, string>();
  /** Names bound to literal numbers/strings, for deciding constant conditions (`if 7 * 18 + num > 200:`). */
  private readonly consts = new Map<string, number | string | boolean>();
  private readonly fns: Set<string>;
  private readonly sinkIndex: { byLast: Map<string, Array<[TaintRule, SinkSpec]>>; assign: Map<string, Array<[TaintRule, SinkSpec]>>; jsx: Map<string, Array<[TaintRule, SinkSpec]>>; assignRoot: Array<[TaintRule, SinkSpec]>; routeReturn: Array<[TaintRule, SinkSpec]> };

  constructor(
    private readonly language: CodeLanguage,
    private readonly root: SgNode,
    private readonly rules: readonly TaintRule[],
    private readonly lines: LineIndex,
    private readonly path: string,
    private readonly text: string,
    /** Compute known-ness (for proving sinks safe); off when no coarse pattern rule could use the verdicts. */
    private readonly trackKnown = true,
  ) {
    this.fns = language === 'python' ? PY_FUNCTIONS : JS_FUNCTIONS;
    this.flaskRequest = language === 'python' && /^[ \t]*from[ \t]+flask[ \t]+import[^\n]*\brequest\b/m.test(text);
    this.sinkIndex = { byLast: new Map(), assign: new Map(), jsx: new Map(), assignRoot: [], routeReturn: [] };
    for (const rule of rules) {
      for (const sink of rule.sinks) {
        if (sink.fileText && !text.includes(sink.fileText)) continue;
        const add = (map: Map<string, Array<[TaintRule, SinkSpec]>>, key: string) => {
          const list = map.get(key) ?? [];
          list.push([rule, sink]);
          map.set(key, list);
        };
        for (const c of sink.calls ?? []) add(this.sinkIndex.byLast, lastSegment(c));
        for (const m of sink.methods ?? []) add(this.sinkIndex.byLast, m);
        for (const p of sink.assignProps ?? []) add(this.sinkIndex.assign, p);
        for (const a of sink.jsxAttrs ?? []) add(this.sinkIndex.jsx, a);
        if (sink.routeReturn) this.sinkIndex.routeReturn.push([rule, sink]);
        if (sink.assignRoots?.length) this.sinkIndex.assignRoot.push([rule, sink]);
      }
    }
  }

  run(): SinkHit[] {
    if (hasSourceMarker(this.language, this.text)) {
      this.collectFunctions(this.root);
      this.analyzeBody(this.root, new Map(), undefined);
      // Functions never reached from the module walk (e.g. exported but uncalled) still get analysed.
      for (const fn of this.functions.values()) this.summarize(fn, new Map());
      return this.hits;
    }
    // No request/CLI/env source anywhere in the file: only parameter-to-sink flows can be reported, so
    // only functions whose text mentions such a sink are walked (callees are summarised on demand).
    const keys = this.paramSinkKeys();
    if (keys.length === 0) return this.hits;
    this.collectFunctions(this.root);
    const kinds = [...this.fns].filter((k) => k !== 'lambda' && k !== 'arrow_function' && k !== 'function_expression' && k !== 'function');
    for (const fn of this.root.findAll({ rule: { any: kinds.map((kind) => ({ kind })) } })) {
      const body = fn.text();
      if (keys.some((k) => typeof k === 'string' ? mentions(body, k) : mentionsReceiverCall(body, k.method, k.receivers))) this.summarize(fn, new Map());
    }
    return this.hits;
  }

  private paramSinkKeys(): Array<string | { method: string; receivers: readonly string[] }> {
    const keys = new Set<string>();
    const onReceivers: Array<{ method: string; receivers: readonly string[] }> = [];
    for (const rule of this.rules) {
      for (const sink of rule.sinks) {
        if (!sink.fromParams || (sink.fileText && !this.text.includes(sink.fileText))) continue;
        for (const c of sink.calls ?? []) keys.add(c.includes('.') ? `.${lastSegment(c)}(` : `${c}(`);
        // `db.get(` / `this.db.get(`, not every Map's `.get(`: the sink only matches on these receivers.
        // A copy (`const d = db`) calls the sink under another name: then any `.get(` may be it.
        const receivers = sink.receivers?.map(lastSegment);
        const copied = receivers?.some((r) => mentionsWord(this.text, `= ${r}`) || mentionsWord(this.text, `=${r}`));
        if (receivers && !copied) for (const m of sink.methods ?? []) onReceivers.push({ method: m, receivers });
        else for (const m of sink.methods ?? []) keys.add(`.${m}(`);
      }
    }
    return [...[...keys].filter((k) => mentions(this.text, k)), ...onReceivers.filter((k) => mentionsReceiverCall(this.text, k.method, k.receivers))];
  }

  private collectFunctions(root: SgNode): void {
    const kinds = this.language === 'python' ? ['function_definition'] : ['function_declaration', 'method_definition', 'variable_declarator'];
    // One walk of the tree, then kind by kind in the order that decides which definition of a name wins.
    const byKind = new Map<string, SgNode[]>(kinds.map((k) => [k, []]));
    for (const node of root.findAll({ rule: { any: kinds.map((kind) => ({ kind })) } })) byKind.get(node.kind().toString())?.push(node);
    for (const kind of kinds) {
      for (const node of byKind.get(kind)!) {
        if (kind === 'variable_declarator') {
          const value = node.field('value');
          if (!value || !this.fns.has(value.kind().toString())) continue;
          const name = node.field('name');
          if (name?.kind().toString() === 'identifier') this.functions.set(name.text(), value);
          continue;
        }
        const name = node.field('name');
        if (name && !this.functions.has(name.text())) this.functions.set(name.text(), node);
      }
    }
  }

  private key(node: SgNode): number {
    return node.range().start.index * 7 + node.kind().toString().length;
  }

  /** Analyses a function once with its parameters as symbolic taint; findings from real sources land in `hits`. */
  private summarize(fn: SgNode, outer: Env, keep?: ReadonlySet<string>): FunctionSummary {
    const key = this.key(fn);
    const known = this.summaries.get(key);
    if (known) return known;
    if (this.inProgress.has(key)) return { returns: [], paramHits: [] };
    this.inProgress.add(key);
    const env: Env = new Map(outer);
    const params = this.parameters(fn);
    const requestParams = this.isRouteHandler(fn) || this.isServerAction(fn);
    // TypeScript: `request: ScanRequest` is not an HTTP request, so `request.path` in that function is no source.
    const savedRoots = this.nonHttpRoots;
    const typed = this.language === 'javascript' ? params.filter((p) => JS_SOURCE_ROOT_PARAM.test(p.node.text()) && !HTTP_TYPE.test(p.node.field('type')?.text() ?? 'Request')) : [];
    if (typed.length > 0) this.nonHttpRoots = new Set([...savedRoots, ...typed.flatMap((p) => identifiersIn(p.node))]);
    params.forEach((p, index) => {
      const names = identifiersIn(p.node);
      const loc = this.loc(p.node);
      for (const name of names) {
        if (name === 'self' || name === 'this' || name === 'cls' || keep?.has(name)) continue;
        const fromRequest = requestParams && !/Request|Depends|Session|Response|BackgroundTasks/.test(p.node.text()) || p.decoratedSource;
        const taint: Taint = fromRequest
          ? { origin: 'request', label: `request parameter ${name}`, trace: [{ kind: 'source', message: `request parameter '${name}'`, location: loc }], cleared: [], constructed: false }
          : { origin: 'param', label: `parameter ${name}`, trace: [{ kind: 'source', message: `parameter '${name}' (origin unknown)`, location: loc }], cleared: [], constructed: false, paramIndex: index };
        env.set(name, taint);
      }
    });
    const summary: FunctionSummary = { returns: [], paramHits: [] };
    const body = fn.field('body') ?? fn;
    const outerStatic = this.staticRoute;
    this.staticRoute = requestParams ? this.hasOnlyStaticRoutes(fn) : outerStatic && fn.kind().toString() === 'lambda';
    const outerSummary = this.currentSummary;
    this.currentSummary = summary;
    this.analyzeBody(body, env, summary, requestParams || this.isRouteLike(fn));
    this.currentSummary = outerSummary;
    this.staticRoute = outerStatic;
    this.nonHttpRoots = savedRoots;
    this.inProgress.delete(key);
    this.summaries.set(key, summary);
    return summary;
  }

  private parameters(fn: SgNode): Array<{ node: SgNode; decoratedSource: boolean }> {
    const single = fn.field('parameter');
    if (single) return [{ node: single, decoratedSource: false }];
    const list = fn.field('parameters');
    if (!list) return [];
    return list.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment').map((node) => ({
      node,
      // NestJS: @Body() dto, @Query('q') q, @Param('id') id, @Headers() h.
      decoratedSource: this.language === 'javascript' && /^@(?:Body|Query|Param|Headers|Req|Request|UploadedFile)\b/.test(node.text()),
    }));
  }

  /**
   * Next.js server actions: every export of a `'use server'` module (or a function whose body starts with
   * `'use server'`) is an endpoint the browser calls with arguments of its choosing.
   */
  private dataEvents: boolean | undefined;

  /** Whether the file mentions 'use server' at all, and whether it is a 'use server' module. */
  private serverText: 'none' | 'some' | 'module' | undefined;

  private isServerAction(fn: SgNode): boolean {
    // Asked for every function summarised: the file-wide tests are computed once (a text search per function was quadratic on large files).
    this.serverText ??= this.language === 'javascript' && this.text.includes('use server') ? (isServerModule(this.text) ? 'module' : 'some') : 'none';
    if (this.serverText === 'none') return false;
    const body = fn.field('body');
    const first = body?.children().find((c) => c.isNamed() && c.kind().toString() !== 'comment');
    if (first && /^(['"])use server\1;?$/.test(first.text())) return true;
    if (this.serverText !== 'module') return false;
    let cur = fn.parent();
    for (let i = 0; cur && i < 3; i++, cur = cur.parent()) if (cur.kind().toString() === 'export_statement') return true;
    return false;
  }

  /** FastAPI/Flask route functions receive request data as parameters. */
  private isRouteHandler(fn: SgNode): boolean {
    if (this.language !== 'python') return false;
    const parent = fn.parent();
    if (parent?.kind().toString() !== 'decorated_definition') return false;
    return parent.children().some((c) => c.kind().toString() === 'decorator' && ROUTE_DECORATOR.test(c.text()));
  }

  private sourceOf(parts: readonly string[]) {
    if (this.nonHttpRoots.has(parts[0]!)) return undefined;
    if (this.staticRoute && parts[0] === 'request' && parts[1] === 'path') return undefined;
    return sourceOfPath(this.language, parts);
  }

  /** Every route decorator names a literal rule without variables (`@app.route("/health")`): the handler only ever sees that path. */
  private hasOnlyStaticRoutes(fn: SgNode): boolean {
    const decorators = fn.parent()?.children().filter((c) => c.kind().toString() === 'decorator' && ROUTE_DECORATOR.test(c.text())) ?? [];
    return decorators.length > 0 && decorators.every((d) => /\.(?:route|get|post|put|patch|delete)\(\s*(['"])\/[^'"<>{}\n]{0,200}\1\s*[,)]/.test(d.text()));
  }

  /**
   * Does a returned string become an HTML response body? Flask route functions and MethodView handlers:
   * yes. FastAPI serialises returns as JSON unless the route declares an HTMLResponse; Django views must
   * return response objects (checked as calls); helpers that merely take `request` return plain values.
   */
  private isRouteLike(fn: SgNode): boolean {
    if (this.language !== 'python') return false;
    if (this.isRouteHandler(fn)) {
      const decorators = fn.parent()?.children().filter((c) => c.kind().toString() === 'decorator').map((c) => c.text()).join('\n') ?? '';
      return !(/\bfastapi\b/.test(this.text) && !decorators.includes('HTMLResponse'));
    }
    const name = fn.field('name')?.text() ?? '';
    if (!/^(?:get|post|put|patch|delete)$/.test(name)) return false;
    const cls = fn.parent()?.parent();
    return cls?.kind().toString() === 'class_definition' && /\b(?:MethodView|View)\b/.test(cls.field('superclasses')?.text() ?? '');
  }

  /** A JS method defined in this file whose body assigns a field of `this` (a setter): calling it stores its argument in the object. */
  private storesIntoThis(name: string): boolean {
    if (this.language !== 'javascript') return false;
    let known = this.setters.get(name);
    if (known === undefined) {
      // Called for every call statement: decide once per method name (text() of a large method is not free).
      const fn = this.functions.get(name);
      known = fn?.kind().toString() === 'method_definition' && /\bthis\.[\w$]{1,64}\s*=[^=]/.test(fn.text());
      this.setters.set(name, known);
    }
    return known;
  }

  /**
   * JS strings that start with a fixed local path (`'/users/' + id`) or a fixed origin and slash
   * (`` `https://api.example.com/${id}` ``) cannot redirect or send a request to another host, whatever follows.
   */
  private fixedPrefix(node: SgNode, t: Taint): SinkCategory[] {
    if (this.language !== 'javascript') return [...t.cleared];
    let head: SgNode = node;
    for (let i = 0; i < 16 && head.kind().toString() === 'binary_expression' && head.field('operator')?.text() === '+'; i++) head = head.field('left') ?? head;
    const kind = head.kind().toString();
    let prefix: string | undefined;
    if (kind === 'string') prefix = head.text().slice(1, -1);
    else if (kind === 'template_string') { const text = head.text(); const end = text.indexOf('${'); prefix = text.slice(1, end === -1 ? -1 : end); }
    if (prefix === undefined || head === node && kind !== 'template_string') return [...t.cleared];
    const extra: SinkCategory[] = [];
    if (/^\/[^/\\]/.test(prefix)) extra.push('redirect');
    else if (/^https?:\/\/[^/\\?#@]{1,253}[/?#]/i.test(prefix)) extra.push('redirect', 'ssrf');
    return [...new Set([...t.cleared, ...extra])];
  }

  private analyzeBody(body: SgNode, env: Env, summary: FunctionSummary | undefined, route = false): void {
    this.visit(body, env, summary, route, 0);
  }

  private visit(node: SgNode, env: Env, summary: FunctionSummary | undefined, route: boolean, depth: number): void {
    if (depth > MAX_DEPTH) {
      // Calls nested this deep are not checked: the caller records where, so the gap is not silent.
      this.depthLimitedAt ??= node.range().start.index;
      return;
    }
    const kind = node.kind().toString();
    // Leaves and type-only syntax hold no calls, assignments or returns: asking for their children is a
    // native call per node, and types are a large share of a TypeScript tree.
    if (NO_CODE_INSIDE.has(kind) || (kind === 'string' && this.language === 'javascript')) return;
    if (this.fns.has(kind) && depth > 0) {
      this.summarize(node, env);
      return;
    }
    switch (kind) {
      case 'variable_declarator': {
        const value = node.field('value');
        const name = node.field('name');
        if (value) this.visit(value, env, summary, route, depth + 1);
        if (name && value && !this.fns.has(value.kind().toString())) this.bind(name, this.evaluate(value, env, 0), env, value);
        return;
      }
      case 'assignment_expression':
      case 'assignment':
      case 'augmented_assignment_expression':
      case 'augmented_assignment': {
        const left = node.field('left');
        const right = node.field('right');
        if (!left || !right) break;
        this.visit(right, env, summary, route, depth + 1);
        let taint = this.evaluate(right, env, 0);
        if (kind.startsWith('augmented') && !taint) taint = this.evaluate(left, env, 0);
        else if (kind.startsWith('augmented') && taint) taint = { ...taint, constructed: true };
        // `session[key] = v`: an attacker-chosen key crosses the trust boundary as much as the value does.
        const keyNode = left.kind().toString() === 'subscript' ? left.field('subscript') : undefined;
        this.checkAssignSink(left, taint ?? (keyNode ? this.evaluate(keyNode, env, 0) : undefined), summary);
        this.bind(left, taint, env, right, kind.startsWith('augmented') ? this.trackKnown && !taint && this.isKnown(left, env, 0) && this.isKnown(right, env, 0) : undefined);
        return;
      }
      case 'for_in_statement':
      case 'for_statement': {
        const left = node.field('left');
        const right = node.field('right');
        if (left && right) {
          const t = this.evaluate(right, env, 0);
          this.bind(left, t, env, right);
        }
        break;
      }
      case 'return_statement': {
        const value = node.children().find((c) => c.isNamed());
        if (value) {
          this.visit(value, env, summary, route, depth + 1);
          const t = this.evaluate(value, env, 0);
          // A helper returning jsonify(...)/redirect(...) hands back a non-HTML response: not XSS where a route returns it.
          const nonHtml = t && this.language === 'python' && nonHtmlResponse(responseBody(value), this.sinkIndex.routeReturn[0]?.[1] ?? { category: 'xss' });
          if (t && summary) summary.returns.push(nonHtml && !t.cleared.includes('xss') ? { ...t, cleared: [...t.cleared, 'xss'] } : t);
          // Flask `return body, status, headers`: only the body is rendered.
          const body = t && route && this.language === 'python' ? responseBody(value) : undefined;
          const bt = body && body !== value ? this.evaluate(body, env, 0) : t;
          if (bt && route && this.language === 'python') {
            for (const [rule, sink] of this.sinkIndex.routeReturn) if (!nonHtmlResponse(body ?? value, sink)) this.report(rule, sink, bt, value, summary);
          }
        }
        return;
      }
      case 'call_expression':
      case 'call':
      case 'new_expression': {
        this.checkCall(node, env, summary);
        this.taintCallbacks(node, env);
        this.requestStream(node, env);
        this.trackList(node, env);
        // Calls whose value is discarded still matter: `list.push(t)` taints `list`, `helper(t)` may sink inside.
        const callee = node.field('function');
        if (callee) {
          const last = calleeLast(callee);
          // Local functions are keyed by plain names: a dotted callee reaches one only through this./self.
          const local = this.functions.has(last) && (callee.kind().toString() === 'identifier' || /^(?:this|self)\./.test(calleeText(callee)));
          if (MUTATORS.has(last) || local || this.storesIntoThis(last)) this.evaluate(node, env, 0);
        }
        break;
      }
      case 'jsx_attribute':
        this.checkJsx(node, env, summary);
        break;
      case 'if_statement': {
        // Each branch starts from the same state; afterwards a variable is tainted if any path taints it.
        const condition = node.field('condition');
        if (condition) this.visit(condition, env, summary, route, depth + 1);
        const arms = node.children().filter((c) => c.isNamed() && c !== condition && c.kind().toString() !== 'comment' && (c.kind().toString() !== 'parenthesized_expression'));
        const armsWithoutCondition = arms.filter((c) => !condition || c.range().start.index !== condition.range().start.index);
        const decided = condition ? constValue(condition, this.consts, 0) : undefined;
        if (typeof decided === 'boolean' && armsWithoutCondition.length > 0) {
          // Dead branch: only the arm the constant condition selects can run.
          const [first, ...rest] = armsWithoutCondition;
          const live = decided ? [first!] : rest;
          for (const arm of live) this.visit(arm, env, summary, route, depth + 1);
          return;
        }
        const hasElse = armsWithoutCondition.some((c) => c.kind().toString() === 'else_clause' || c.kind().toString() === 'elif_clause');
        const single = condition && !hasElse && armsWithoutCondition.length === 1 ? armsWithoutCondition[0]! : undefined;
        if (single && condition && exits(single)) {
          // `if not valid(x): return`: x passed the check on the path that goes on; the arm's own state reaches
          // what follows only through break/continue (to the loop's continuation).
          const inArm = this.validatedArm(condition, env);
          if (leavesFunction(single)) this.visit(single, inArm ?? new Map(env), summary, route, depth + 1);
          else this.joinArms([single], false, env, summary, route, depth, inArm);
          this.applyGuard(condition, env);
          return;
        }
        // `if not valid(x): x = default`: on the path that skips the arm, x passed the check.
        let fallthrough: Env | undefined;
        if (single && condition) { fallthrough = new Map(env); this.applyGuard(condition, fallthrough); }
        this.joinArms(armsWithoutCondition, hasElse, env, summary, route, depth, condition ? this.validatedArm(condition, env) : undefined, fallthrough);
        return;
      }
      case 'switch_statement':
      case 'match_statement': {
        const body = node.field('body') ?? node.children().find((c) => c.kind().toString() === 'block' || c.kind().toString() === 'switch_body');
        const subject = node.field('value') ?? node.field('subject');
        if (subject) this.visit(subject, env, summary, route, depth + 1);
        const cases = body ? body.children().filter((c) => ['switch_case', 'switch_default', 'case_clause'].includes(c.kind().toString())) : [];
        const live = kind === 'match_statement' && subject ? liveCase(cases, constValue(subject, this.consts, 0)) : undefined;
        if (live !== undefined) {
          // A constant subject selects one case (or none): the others are dead code.
          const block = live?.children().find((c) => c.kind().toString() === 'block');
          if (block) this.visit(block, env, summary, route, depth + 1);
          return;
        }
        const hasDefault = cases.some((c) => c.kind().toString() === 'switch_default' || /^case\s+_\s*:/.test(c.text()));
        this.joinArms(cases, hasDefault, env, summary, route, depth);
        return;
      }
    }
    const branch = BRANCHES.has(kind);
    if (branch) this.branchDepth++;
    for (const child of node.children()) {
      if (!child.isNamed()) continue;
      const links = this.chainLinks;
      this.visit(child, env, summary, route, this.chainDepth(node, child, depth));
      this.chainLinks = links;
    }
    if (branch) this.branchDepth--;
  }

  /**
   * Depth for a child: the left operand of the same binary operator (`a + b + c` nests to the left, one level
   * per term) stays at its parent's depth, so a long concatenation is not cut off at MAX_DEPTH terms and its
   * first operands (often the request data) are still seen. Bounded, so the native stack is too.
   */
  private chainDepth(node: SgNode, child: SgNode, depth: number): number {
    const kind = node.kind().toString();
    if ((kind !== 'binary_expression' && kind !== 'binary_operator') || child.kind().toString() !== kind || depth + this.chainLinks > MAX_CHAIN) return depth + 1;
    const left = node.field('left');
    if (!left || left.range().start.index !== child.range().start.index || left.range().end.index !== child.range().end.index) return depth + 1;
    if (child.field('operator')?.text() !== node.field('operator')?.text()) return depth + 1;
    this.chainLinks++;
    return depth;
  }

  /**
   * `if (!ALLOWED.includes(x)) return;` / `if not x.startswith("/"): abort()`: a validation check whose
   * failing branch leaves the function. Everything derived from the same source counts as validated.
   */
  private applyGuard(condition: SgNode, env: Env): void {
    const text = condition.text();
    // `if '..' in name: abort(400)` / `if (p.includes("'")) return;`: a rejected character sequence makes the
    // value safe only for the sinks where that sequence is the attack (see rejectedCategories).
    const rejected = NEGATION.test(text) ? [] : rejectedCategories(condition);
    // Only a failed (negated) check may leave: after `if x == "admin": return`, x is anything but "admin".
    if (rejected.length === 0 && (!VALIDATION.test(text) || !NEGATION.test(text))) return;
    const sources = new Set<string>();
    for (const id of checkedIdentifiers(condition)) {
      const t = env.get(id.text());
      if (t?.trace[0]) sources.add(valueKey(t));
    }
    if (sources.size === 0) return;
    for (const [k, v] of [...env]) {
      if (!v.trace[0] || !sources.has(valueKey(v))) continue;
      if (rejected.length > 0) {
        env.set(k, { ...v, cleared: [...new Set([...v.cleared, ...rejected])] });
        continue;
      }
      env.delete(k);
      // Validated request data is as good as a constant for the coarse pattern rules.
      if (this.branchDepth === 0) env.set(KNOWN + k, KNOWN_MARK);
    }
  }

  /**
   * `if re.fullmatch(r"[a-z]+", name):` / `if mode in ("a", "b"):` / `if kind == "pdf":`: inside the branch the
   * checked value passed a positive validation. Returns the env for that branch, or undefined.
   */
  private validatedArm(condition: SgNode, env: Env): Env | undefined {
    const text = condition.text();
    if (text.length > 400 || NEGATION.test(text) || /\bor\b|\|\|/.test(text) || !POSITIVE_VALIDATION.test(text)) return undefined;
    const sources = new Set<string>();
    for (const id of checkedIdentifiers(condition)) {
      const t = env.get(id.text());
      if (t?.trace[0]) sources.add(valueKey(t));
    }
    if (sources.size === 0) return undefined;
    const out = new Map(env);
    for (const [k, v] of env) {
      if (!v.trace[0] || !sources.has(valueKey(v))) continue;
      out.delete(k);
      out.set(KNOWN + k, KNOWN_MARK);
    }
    return out;
  }

  private joinArms(arms: SgNode[], exhaustive: boolean, env: Env, summary: FunctionSummary | undefined, route: boolean, depth: number, firstArm?: Env, fallthrough?: Env): void {
    const before = new Map(env);
    const results: Env[] = [];
    for (const [i, arm] of arms.entries()) {
      const copy = new Map(i === 0 && firstArm ? firstArm : before);
      this.visit(arm, copy, summary, route, depth + 1);
      results.push(copy);
    }
    if (!exhaustive || results.length === 0) results.push(fallthrough ?? before);
    env.clear();
    for (const result of results) for (const [k, v] of result) if (!env.has(k)) env.set(k, v);
    // Known-ness and list shapes are must-properties: they survive a join only if every path agrees.
    for (const [k, v] of [...env]) {
      if (!k.startsWith(KNOWN) && !k.startsWith(LIST)) continue;
      if (!results.every((r) => r.get(k) !== undefined && (!k.startsWith(LIST) || r.get(k)!.label === v.label))) env.delete(k);
    }
  }

  /**
   * Node's http servers read the body as a stream: `req.on('data', (chunk) => { body += chunk })`. The chunks
   * are request data, and so is every outer variable the callback accumulates them into (assigned or pushed).
   */
  private requestStream(node: SgNode, env: Env): void {
    // Called for every call node: the file must name a 'data' event at all.
    this.dataEvents ??= this.language === 'javascript' && (this.text.includes("'data'") || this.text.includes('"data"'));
    if (!this.dataEvents) return;
    const callee = node.field('function');
    if (callee?.kind().toString() !== 'member_expression' || !/^(?:on|once|addListener)$/.test(callee.field('property')?.text() ?? '')) return;
    const root = callee.field('object')?.text() ?? '';
    if ((root !== 'req' && root !== 'request') || this.nonHttpRoots.has(root)) return;
    const args = node.field('arguments')?.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment') ?? [];
    const fn = args[1];
    if (!/^(['"])data\1$/.test(args[0]?.text() ?? '') || !fn || !this.fns.has(fn.kind().toString())) return;
    const taint: Taint = { origin: 'request', label: `${root} body stream`, trace: [{ kind: 'source', message: `'data' chunks of ${root} (request body)`, location: this.loc(node) }], cleared: [], constructed: false };
    const local = new Set(fn.findAll({ rule: { kind: 'variable_declarator' } }).map((d) => d.field('name')?.text() ?? ''));
    for (const p of this.parameters(fn)) for (const name of identifiersIn(p.node)) local.add(name);
    const mark = (target: SgNode | null | undefined) => {
      if (target?.kind().toString() === 'identifier' && !local.has(target.text())) env.set(target.text(), this.step(taint, `accumulated into '${target.text()}'`, target));
    };
    for (const a of fn.findAll({ rule: { any: [{ kind: 'assignment_expression' }, { kind: 'augmented_assignment_expression' }] } })) mark(a.field('left'));
    for (const c of fn.findAll({ rule: { kind: 'call_expression' } })) {
      const f = c.field('function');
      if (f?.kind().toString() === 'member_expression' && MUTATORS.has(f.field('property')?.text() ?? '')) mark(f.field('object'));
    }
  }

  /** `tainted.forEach((v) => sink(v))`: the callback's first parameter carries the receiver's taint. */
  private taintCallbacks(node: SgNode, env: Env): void {
    const callee = node.field('function');
    if (!callee || callee.kind().toString() !== 'member_expression') return;
    const method = callee.field('property')?.text() ?? '';
    if (!ITERATORS.has(method)) return;
    const receiver = callee.field('object');
    const t = receiver ? this.evaluate(receiver, env, 0) : undefined;
    if (!t) return;
    const args = node.field('arguments')?.children().filter((c) => c.isNamed()) ?? [];
    for (const fn of args) {
      if (!this.fns.has(fn.kind().toString())) continue;
      const first = this.parameters(fn)[method === 'reduce' ? 1 : 0];
      if (!first) continue;
      const inner = new Map(env);
      for (const name of identifiersIn(first.node)) inner.set(name, this.step(t, `element passed to .${method}() callback as '${name}'`, first.node));
      this.summarize(fn, inner, new Set(identifiersIn(first.node)));
    }
  }

  /** Assigns taint to every name a target introduces; a clean value kills earlier taint (strong update). */
  private bind(target: SgNode, taint: Taint | undefined, env: Env, valueNode: SgNode, knownValue?: boolean): void {
    const kind = target.kind().toString();
    const known = this.trackKnown && !taint && (knownValue ?? this.isKnown(valueNode, env, 0));
    if (kind === 'identifier' || kind === 'shorthand_property_identifier_pattern') {
      if (taint) env.set(target.text(), this.step(taint, `assigned to '${target.text()}'`, target));
      else if (this.branchDepth === 0) env.delete(target.text());
      this.markKnown(target.text(), known, env);
      this.dropList(target.text(), env);
      const vk = valueNode.kind().toString();
      const ctor = vk === 'call' || vk === 'new_expression' ? calleeText(valueNode.field('function') ?? valueNode.field('constructor') ?? valueNode) : '';
      if (/^(?:dictionary|object|list|array)$/.test(vk) || /(?:^|\.)(?:dict|OrderedDict|defaultdict|ConfigParser|RawConfigParser|Map)$/.test(ctor)) this.fresh.add(target.text());
      else this.fresh.delete(target.text());
      if ((vk === 'list' || vk === 'array') && this.branchDepth === 0 && /^(?:assignment|variable_declarator)$/.test(target.parent()?.kind().toString() ?? '')) {
        const items = valueNode.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment');
        if (items.length <= 64 && items.every((c) => !/splat|spread/.test(c.kind().toString()))) {
          items.forEach((item, i) => this.setElement(target.text(), i, item, env));
          env.set(LIST + target.text(), listLength(items.length));
          this.anyList = true;
        }
      }
      // `const writer = res`: sinks matched by receiver name follow the alias.
      if (valueNode.kind().toString() === 'identifier') this.aliases.set(target.text(), this.aliases.get(valueNode.text()) ?? valueNode.text());
      else this.aliases.delete(target.text());
      const folded = taint ? undefined : constValue(valueNode, this.consts, 0);
      if (folded !== undefined && this.branchDepth === 0) this.consts.set(target.text(), folded);
      else this.consts.delete(target.text());
      return;
    }
    if (kind === 'member_expression' || kind === 'attribute' || kind === 'subscript_expression' || kind === 'subscript') {
      // Field and element writes: `this.x = t` tracked by path; `obj.k = t` taints the container (weak update).
      const parts = memberParts(target);
      const path = parts ? parts.join('.') : target.text();
      if (taint) env.set(path, this.step(taint, `stored in '${target.text()}'`, target));
      else if (this.branchDepth === 0) env.delete(path);
      this.markKnown(path, known, env);
      // `self.q = request.args["q"]` in one method is seen by the class's other methods (parameters of
      // unknown origin stay local: their index means nothing outside this method).
      const cls = taint && taint.origin !== 'param' && parts?.length === 2 && this.language === 'python' && parts[0] === 'self' ? enclosingClass(target) : undefined;
      if (cls) this.fieldTaints.set(`${cls}.${parts![1]}`, this.step(taint!, `stored in field '${parts![1]}'`, target));
      const base = parts?.[0];
      // A computed key may overwrite any element: the container is no longer field- or index-precise.
      if (base && parts.length === 2 && parts[1] === '[]') {
        this.dynamicKeys.add(base);
        this.dropList(base, env);
        for (const k of [...env.keys()]) if (k.startsWith(`${KNOWN}${base}.`)) env.delete(k);
      }
      // Literal keys are tracked per field (`m['a'] = t` does not taint `m['b']`); the container as a whole stays tainted (weak update).
      if (parts && parts.length === 2 && parts[1] !== '[]' && base) this.precise.add(base);
      if (taint && base && base !== 'this' && base !== 'self') env.set(base, this.step(taint, `stored in '${target.text()}'`, target));
      return;
    }
    // `a, b = x, "y"`: element-wise when both sides list the same number of plain items.
    const tk = kind;
    const vk = valueNode.kind().toString();
    if ((tk === 'pattern_list' || tk === 'tuple_pattern') && (vk === 'expression_list' || vk === 'tuple')) {
      const targets = target.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment');
      const values = valueNode.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment');
      if (targets.length === values.length && targets.every((t) => t.kind().toString() === 'identifier')) {
        // The right side is evaluated in full before any name is bound (`a, b = b, a`).
        const taints = values.map((v) => this.evaluate(v, env, 0));
        const knowns = values.map((v, i) => this.trackKnown && !taints[i] && this.isKnown(v, env, 0));
        targets.forEach((t, i) => this.bind(t, taints[i], env, values[i]!, knowns[i]));
        return;
      }
    }
    for (const name of identifiersIn(target)) {
      if (taint) env.set(name, this.step(taint, `destructured into '${name}'`, target));
      else if (this.branchDepth === 0) env.delete(name);
      this.markKnown(name, known, env);
      this.dropList(name, env);
    }
  }

  /** A known value only becomes known on a straight-line path; any other value unmarks at once. */
  private markKnown(path: string, known: boolean, env: Env): void {
    if (!known) env.delete(KNOWN + path);
    else if (this.branchDepth === 0) env.set(KNOWN + path, KNOWN_MARK);
  }

  private setElement(list: string, index: number, item: SgNode, env: Env): void {
    const path = `${list}.[${index}]`;
    const t = this.evaluate(item, env, 0);
    if (t) env.set(path, this.step(t, `stored in '${list}[${index}]'`, item));
    else env.delete(path);
    this.markKnown(path, this.trackKnown && !t && this.isKnown(item, env, 0), env);
    const literal = constValue(item, this.consts, 0);
    if (typeof literal === 'string') this.elementLiterals.set(path, literal);
    else this.elementLiterals.delete(path);
  }

  /** Forgets the per-index model of a list (the container's own taint stays). */
  private dropList(name: string, env: Env): void {
    if (!env.delete(LIST + name)) return;
    const prefix = `${name}.[`;
    for (const k of [...env.keys()]) if (k.startsWith(prefix) || k.startsWith(KNOWN + prefix)) env.delete(k);
  }

  /**
   * `lst.append(x)` / `lst.pop(0)` as statements on a list built from a literal keep the per-index
   * model (`l = [t, 'safe']; l.pop(0); l[0]` is safe); any other change forgets it.
   */
  private trackList(call: SgNode, env: Env): void {
    if (!this.anyList) return;
    const calleeNode = call.field('function');
    const ck = calleeNode?.kind().toString();
    if (!calleeNode || ck !== 'attribute' && ck !== 'member_expression') return;
    const receiver = calleeNode.field('object');
    if (receiver?.kind().toString() !== 'identifier') return;
    const name = receiver.text();
    const len = env.get(LIST + name);
    if (!len) return;
    const n = Number(len.label);
    const method = calleeNode.field('property')?.text() ?? calleeNode.field('attribute')?.text() ?? '';
    if (LIST_READS.has(method)) return;
    const statement = call.parent()?.kind().toString() === 'expression_statement';
    const args = call.field('arguments')?.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment') ?? [];
    if (statement && this.branchDepth === 0 && (method === 'append' || method === 'push') && args.length === 1 && n < 64) {
      this.setElement(name, n, args[0]!, env);
      env.set(LIST + name, listLength(n + 1));
      return;
    }
    if (statement && this.branchDepth === 0 && (method === 'pop' || method === 'shift') && n > 0) {
      const raw = method === 'shift' || args.length === 0 ? (method === 'shift' ? 0 : n - 1) : /^-?\d{1,3}$/.test(args[0]!.text()) ? Number(args[0]!.text()) : NaN;
      const at = raw < 0 ? n + raw : raw;
      if (Number.isInteger(at) && at >= 0 && at < n) {
        for (let i = at; i < n - 1; i++) {
          for (const p of ['', KNOWN]) {
            const next = env.get(`${p}${name}.[${i + 1}]`);
            if (next) env.set(`${p}${name}.[${i}]`, next);
            else env.delete(`${p}${name}.[${i}]`);
          }
          const literal = this.elementLiterals.get(`${name}.[${i + 1}]`);
          if (literal !== undefined) this.elementLiterals.set(`${name}.[${i}]`, literal);
          else this.elementLiterals.delete(`${name}.[${i}]`);
        }
        env.delete(`${name}.[${n - 1}]`);
        env.delete(`${KNOWN}${name}.[${n - 1}]`);
        env.set(LIST + name, listLength(n - 1));
        return;
      }
    }
    this.dropList(name, env);
  }

  /** Taint of the command in an argv list that runs a shell with `-c` (literal list, or a list tracked per index). */
  private shellListCommand(node: SgNode, env: Env): Taint | undefined {
    let items: Array<{ text: string | undefined; taint: () => Taint | undefined }>;
    if (node.kind().toString() === 'list' || node.kind().toString() === 'array') {
      items = node.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment').map((c) => {
        const v = constValue(c, this.consts, 0);
        return { text: typeof v === 'string' ? v : undefined, taint: () => this.evaluate(c, env, 0) };
      });
    } else if (node.kind().toString() === 'identifier' && env.has(LIST + node.text())) {
      const n = Number(env.get(LIST + node.text())!.label);
      items = Array.from({ length: n }, (_, i) => { const path = `${node.text()}.[${i}]`; return { text: this.elementLiterals.get(path), taint: () => env.get(path) }; });
    } else return undefined;
    const flag = items.findIndex((it, i) => it.text !== undefined && SHELL_FLAGS.has(it.text) && items.slice(0, i).some((s) => s.text !== undefined && SHELLS.has(s.text.slice(s.text.lastIndexOf('/') + 1).toLowerCase())));
    if (flag === -1) return undefined;
    for (const it of items.slice(flag + 1)) { const t = it.taint(); if (t) return t; }
    return undefined;
  }

  /** `lst[1]` / `lst[-1]` on a list with a per-index model: the element's env path. */
  private listElement(node: SgNode, env: Env): string | undefined {
    const kind = node.kind().toString();
    if (kind !== 'subscript' && kind !== 'subscript_expression') return undefined;
    const object = node.field('object') ?? node.field('value');
    const index = node.field('index') ?? node.field('subscript');
    if (object?.kind().toString() !== 'identifier' || !index) return undefined;
    const len = env.get(LIST + object.text());
    if (!len || !/^-?\d{1,3}$/.test(index.text())) return undefined;
    const raw = Number(index.text());
    const at = raw < 0 ? Number(len.label) + raw : raw;
    return `${object.text()}.[${at}]`;
  }

  private step(t: Taint, message: string, node: SgNode, extra: Partial<Taint> = {}): Taint {
    const trace = t.trace.length >= MAX_TRACE ? t.trace : [...t.trace, { kind: 'step' as const, message, location: this.loc(node) }];
    return { ...t, ...extra, trace };
  }

  private loc(node: SgNode) {
    const r = node.range();
    return this.lines.location(this.path, r.start.index, r.end.index);
  }

  /** Taint of an expression, or undefined when clean. */
  evaluate(node: SgNode, env: Env, depth: number): Taint | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const kind = node.kind().toString();
    if (LITERALS.has(kind) && kind !== 'string') return undefined;
    if (this.fns.has(kind) || NO_TAINT_KINDS.has(kind)) return undefined;
    switch (kind) {
      case 'identifier':
      case 'shorthand_property_identifier':
        return env.get(node.text());
      case 'this':
        return undefined;
      case 'member_expression':
      case 'attribute':
      case 'subscript_expression':
      case 'subscript': {
        const parts = memberParts(node);
        if (parts) {
          const src = this.sourceOf(parts);
          if (src) return { origin: src.origin, label: src.label, trace: [{ kind: 'source', message: `${src.label} (${src.origin === 'request' ? 'request data' : src.origin})`, location: this.loc(node) }], cleared: [], constructed: false };
          const prop = parts[parts.length - 1];
          if (prop === 'length') return undefined;
        }
        const element = this.listElement(node, env);
        if (element) return env.get(element);
        const direct = env.get(parts ? parts.join('.') : node.text());
        if (direct) return direct;
        if (parts?.length === 2 && parts[0] === 'self' && this.fieldTaints.size > 0 && !env.has(KNOWN + parts.join('.'))) {
          const cls = enclosingClass(node);
          const field = cls ? this.fieldTaints.get(`${cls}.${parts[1]}`) : undefined;
          if (field) return field;
        }
        if (parts && parts.length === 2 && parts[1] !== '[]' && parts[1] !== '()' && this.precise.has(parts[0]!) && !this.dynamicKeys.has(parts[0]!) && (kind === 'subscript' || kind === 'subscript_expression')) return undefined;
        const object = node.field('object') ?? node.field('value');
        return object ? this.evaluate(object, env, depth + 1) : undefined;
      }
      case 'call_expression':
      case 'call':
      case 'new_expression':
        return this.evaluateCall(node, env, depth);
      case 'binary_expression':
      case 'binary_operator': {
        const op = node.field('operator')?.text() ?? '';
        if (COMPARISONS.has(op)) return undefined;
        const l = node.field('left');
        const r = node.field('right');
        const links = this.chainLinks;
        const lt = l ? this.evaluate(l, env, this.chainDepth(node, l, depth)) : undefined;
        this.chainLinks = links;
        const rt = r ? this.evaluate(r, env, depth + 1) : undefined;
        const t = lt ?? rt;
        if (!t) return undefined;
        if (LOGICAL.has(op)) return t;
        // Arithmetic on numbers is not string building; `+`/`%` on strings is, and so is pathlib's `base / name`.
        if (op === '/' && this.language === 'python') return this.step(t, 'joined as a path with /', node, { constructed: true, pathBuilt: true });
        if (op !== '+' && op !== '%' && op !== '+=') return undefined;
        return this.step(t, op === '%' ? 'formatted with %' : 'concatenated', node, { constructed: true, cleared: this.fixedPrefix(node, t) });
      }
      case 'template_string':
      case 'string':
      case 'concatenated_string': {
        let found: Taint | undefined;
        for (const sub of node.children()) {
          if (sub.kind().toString() === 'template_substitution' || sub.kind().toString() === 'interpolation' || sub.kind().toString() === 'string') {
            const t = this.evaluate(sub, env, depth + 1);
            if (t) { found = t; break; }
          }
        }
        return found ? this.step(found, kind === 'template_string' ? 'interpolated into template literal' : 'interpolated into string', node, { constructed: true, cleared: this.fixedPrefix(node, found) }) : undefined;
      }
      case 'ternary_expression':
      case 'conditional_expression': {
        const parts = node.children().filter((c) => c.isNamed());
        // Condition is the first child in JS, the middle one in Python; neither carries the value.
        const cond = this.language === 'python' ? parts[1] : parts[0];
        const decided = cond ? constValue(cond, this.consts, 0) : undefined;
        let values = this.language === 'python' ? [parts[0], parts[2]] : [parts[1], parts[2]];
        if (typeof decided === 'boolean') values = [decided ? values[0] : values[1]];
        for (const v of values) { const t = v && this.evaluate(v, env, depth + 1); if (t) return t; }
        return undefined;
      }
      case 'boolean_operator': {
        for (const v of [node.field('left'), node.field('right')]) { const t = v && this.evaluate(v, env, depth + 1); if (t) return t; }
        return undefined;
      }
      case 'pair':
      case 'keyword_argument':
      case 'pair_pattern': {
        const v = node.field('value');
        return v ? this.evaluate(v, env, depth + 1) : undefined;
      }
      case 'arguments':
      case 'argument_list':
      default: {
        for (const child of node.children()) {
          if (!child.isNamed()) continue;
          const t = this.evaluate(child, env, depth + 1);
          if (t) return t;
        }
        return undefined;
      }
    }
  }

  private evaluateCall(node: SgNode, env: Env, depth: number): Taint | undefined {
    const calleeNode = node.field('function') ?? node.field('constructor');
    const args = node.field('arguments');
    const callee = calleeNode ? calleeText(calleeNode) : '';
    const calleeParts = calleeNode ? memberParts(calleeNode) : undefined;
    if (this.language === 'python' && lastSegment(callee) === 'replace' && calleeNode?.kind().toString() === 'attribute') {
      const argList = args ? args.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment') : [];
      const cats = replacedCategories(argList);
      const object = calleeNode.field('object');
      const t = cats.length > 0 && object ? this.evaluate(object, env, depth + 1) : undefined;
      if (t) return this.step(t, `'${cats.join('/')}' metacharacter replaced`, node, { cleared: [...new Set([...t.cleared, ...cats])] });
    }
    if (this.language === 'python' && (callee === 'make_response' || callee === 'flask.make_response')) {
      // The response carries the body's taint; header values are a different sink (header injection).
      const first = args?.children().find((c) => c.isNamed() && c.kind().toString() !== 'comment' && c.kind().toString() !== 'keyword_argument');
      const body = first ? responseBody(first) : undefined;
      // A dict or list body becomes JSON.
      if (!body || body.kind().toString() === 'dictionary' || body.kind().toString() === 'list') return undefined;
      return this.evaluate(body, env, depth + 1);
    }
    const src = sourceOfCall(this.language, callee) ?? (calleeParts && calleeParts.length > 1 ? this.sourceOf(calleeParts) : undefined);
    // `request.args.get("page", 1, type=int)`: werkzeug converts (or falls back to the default).
    if (src && this.language === 'python' && /\btype\s*=\s*(?:int|float|bool)\b/.test(args?.text() ?? '')) return undefined;
    if (src) return { origin: src.origin, label: src.label, trace: [{ kind: 'source', message: src.label, location: this.loc(node) }], cleared: [], constructed: false };
    if (this.language === 'python' && PY_TEMPLATE_RENDER.has(callee) && !this.functions.has(callee)) {
      const t = args ? this.evaluate(args, env, depth + 1) : undefined;
      return t ? this.step(t, `rendered by ${callee}() with autoescaping`, node, { cleared: [...new Set([...t.cleared, 'xss' as const])] }) : undefined;
    }
    const argNodes = args ? args.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment') : [];
    const argTaints = argNodes.map((a) => this.evaluate(a, env, depth + 1));
    const lastName = lastSegment(callee);
    const keyedWrite = lastName === 'set' ? this.keyedPaths(node, 'write')[0] : undefined;
    if (keyedWrite) {
      const valueNode = argNodes[argNodes.length - 1]!;
      const vt = argTaints[argTaints.length - 1];
      const base = keyedWrite.slice(0, keyedWrite.indexOf('.'));
      this.precise.add(base);
      if (vt) env.set(keyedWrite, this.step(vt, `stored under '${keyedWrite}'`, node));
      else if (this.branchDepth === 0) env.delete(keyedWrite);
      this.markKnown(keyedWrite, this.trackKnown && !vt && this.isKnown(valueNode, env, 0), env);
      if (vt) env.set(base, this.step(vt, `stored in '${base}'`, node));
      return undefined;
    }
    const keyedReads = lastName === 'get' || lastName === 'pop' ? this.keyedPaths(node, 'read') : [];
    if (keyedReads.length > 0) {
      for (const path of keyedReads) {
        const t = env.get(path);
        if (t) return this.step(t, `read from '${path}'`, node);
        if (env.has(KNOWN + path)) return undefined;
      }
      const base = keyedReads[0]!.split('.')[0]!;
      if (this.precise.has(base) && this.fresh.has(base) && !this.dynamicKeys.has(base)) return undefined;
    }
    const receiver = calleeNode && (calleeNode.kind().toString() === 'member_expression' || calleeNode.kind().toString() === 'attribute') ? calleeNode.field('object') : undefined;
    const receiverTaint = receiver ? this.evaluate(receiver, env, depth + 1) : calleeNode && calleeNode.kind().toString() !== 'identifier' ? this.evaluate(calleeNode, env, depth + 1) : undefined;
    // A function defined in this file shadows a coercion builtin of the same name (`id`, `hash`, `type` are builtins only in Python).
    const builtin = sanitizerOf(callee);
    const sanitizer = builtin?.kind === 'all' && calleeNode?.kind().toString() === 'identifier' && this.functions.has(callee) ? undefined : builtin;
    const firstArg = argTaints.find(Boolean);
    if (sanitizer?.kind === 'all') return undefined;
    if (sanitizer?.kind === 'some') {
      const t = firstArg ?? receiverTaint;
      return t ? this.step(t, `passed through ${callee}() (safe for ${sanitizer.categories.join('/')} only)`, node, { cleared: [...t.cleared, ...sanitizer.categories] }) : undefined;
    }
    // Local function: use its summary.
    const localName = calleeNode?.kind().toString() === 'identifier' ? callee : receiver && (receiver.kind().toString() === 'this' || receiver.text() === 'self') ? lastSegment(callee) : undefined;
    const local = localName ? this.functions.get(localName) : undefined;
    if (local) {
      const summary = this.summarize(local, new Map());
      const offset = receiver && this.language === 'python' ? 1 : 0;
      for (let i = 0; i < argTaints.length; i++) {
        const t = argTaints[i];
        if (!t) continue;
        for (const hit of summary.paramHits) {
          if (hit.taint.paramIndex !== i + offset) continue;
          this.recordThrough(hit, t, node, localName!);
        }
      }
      // Of all the ways the function can return taint, keep the one made safe for the fewest sinks.
      let best: Taint | undefined;
      for (const r of summary.returns) {
        let candidate: Taint | undefined;
        if (r.origin === 'param' && r.paramIndex !== undefined) {
          const t = argTaints[r.paramIndex - offset];
          if (t) candidate = this.step(t, `returned from ${localName}()`, node, { constructed: t.constructed || r.constructed, cleared: [...new Set([...t.cleared, ...r.cleared])] });
        } else {
          candidate = this.step(r, `returned from ${localName}()`, node);
        }
        if (candidate && (!best || candidate.cleared.length < best.cleared.length)) best = candidate;
        if (best && best.cleared.length === 0) break;
      }
      return best;
    }
    // `wrapped = RequestWrapper(request)` / `ip = client_ip(request)`: an unknown function given Flask's whole
    // request object returns data read from it. Framework helpers that take the request for context
    // (rendering, auth, messages, CSRF) are not data accessors.
    if (!firstArg && this.flaskRequest && !REQUEST_CONTEXT_CALLS.has(lastSegment(callee)) && argNodes.some((a) => a.kind().toString() === 'identifier' && a.text() === 'request' && !env.has('request'))) {
      return { origin: 'request', label: `${callee}(request)`, trace: [{ kind: 'source', message: `data read from the request by ${callee}()`, location: this.loc(node) }], cleared: [], constructed: false };
    }
    if (receiver && receiverTaint && !firstArg && MUTATORS.has(lastSegment(callee)) === false) {
      return this.step(receiverTaint, `through .${lastSegment(callee)}()`, node, lastSegment(callee) === 'format' || lastSegment(callee) === 'join' ? { constructed: true } : {});
    }
    if (firstArg) {
      const last = lastSegment(callee);
      if (receiver && MUTATORS.has(last)) {
        const base = rootIdentifier(receiver);
        if (base) env.set(base, this.step(firstArg, `added to '${base}' by .${last}()`, node));
      } else if (receiver?.kind().toString() === 'identifier' && this.storesIntoThis(last)) {
        // `w.setContents(t)` with a setter defined in this file: the object now carries t (weak update).
        env.set(receiver.text(), this.step(firstArg, `stored in '${receiver.text()}' by .${last}()`, node));
      }
      const constructed = last === 'format' || last === 'join' || last === 'concat' || last === 'sprintf' || last === 'format_map';
      const pathBuilt = this.language === 'python' && /(?:^|\.)(?:Pure|Posix|Windows)?Path$/.test(callee);
      return this.step(firstArg, `through ${callee || 'call'}()`, node, constructed ? { constructed: true } : pathBuilt ? { pathBuilt: true } : {});
    }
    return receiverTaint;
  }

  private checkCall(node: SgNode, env: Env, summary: FunctionSummary | undefined): void {
    const calleeNode = node.field('function') ?? node.field('constructor');
    if (!calleeNode) return;
    // Most calls are no sink: decide that from the last name alone before building the whole callee text.
    if (!this.sinkIndex.byLast.has(calleeLast(calleeNode))) return;
    let callee = calleeText(calleeNode);
    const last = lastSegment(callee);
    const candidates = this.sinkIndex.byLast.get(last);
    if (!candidates) return;
    const head = callee.split('.', 1)[0]!;
    const alias = this.aliases.get(head);
    if (alias && callee.length > head.length) callee = alias + callee.slice(head.length);
    const isNew = node.kind().toString() === 'new_expression';
    const argsNode = node.field('arguments');
    const argNodes = argsNode ? argsNode.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment') : [];
    let argText: string | undefined;
    for (const [rule, sink] of candidates) {
      if (Boolean(sink.isNew) !== isNew) continue;
      if (!calleeMatches(callee, last, sink)) continue;
      if (sink.argText) {
        argText ??= (argsNode?.text() ?? '').replace(/\s+/g, '');
        if (!argText.includes(sink.argText)) continue;
      }
      if (sink.unlessArgText) {
        argText ??= (argsNode?.text() ?? '').replace(/\s+/g, '');
        if (sink.unlessArgText.some((t) => argText!.includes(t))) continue;
      }
      const positional = argNodes.filter((a) => a.kind().toString() !== 'keyword_argument');
      if (sink.shellList) {
        const command = positional[0] ? this.shellListCommand(positional[0], env) : undefined;
        if (command) this.report(rule, sink, command, node, summary);
        continue;
      }
      const picked: SgNode[] = [];
      const receiverNode = sink.receiverArg ? calleeNode.field('object') ?? calleeNode.field('value') : undefined;
      if (receiverNode) picked.push(receiverNode);
      else if (sink.args === 'all') picked.push(...positional);
      else for (const i of sink.args ?? [0]) if (positional[i]) picked.push(positional[i]!);
      for (const kw of argNodes) {
        if (kw.kind().toString() === 'keyword_argument' && sink.kwargs?.includes(kw.field('name')?.text() ?? '')) {
          const v = kw.field('value');
          if (v) picked.push(v);
        }
      }
      let safe = picked.length > 0;
      for (const raw of picked) {
        const arg = sink.responseTuple ? responseBody(raw) : raw;
        // Flask turns a dict or list body into JSON.
        if (sink.responseTuple && (arg.kind().toString() === 'dictionary' || arg.kind().toString() === 'list')) continue;
        const t = this.evaluate(arg, env, 0);
        // Path methods (`.exists()`, `.open()`) are shared with querysets and files: only a value built as a path counts.
        if (t && sink.receiverArg && !pathLike(arg, t)) { safe = false; continue; }
        if (t && t.cleared.includes(sink.category)) continue;
        // `redirect("/search?q=" + q)` / `get("https://api.example.com/items/" + id)`: a literal start fixes the
        // origin, so the data only chooses a path or query on it.
        if (t && (sink.category === 'redirect' || sink.category === 'ssrf') && fixedOrigin(arg, 0)) continue;
        if (t) { safe = false; this.report(rule, sink, t, node, summary); break; }
        if (safe && !this.isKnown(arg, env, 0)) safe = false;
      }
      const key = `${node.range().start.index}:${rule.meta.id}`;
      this.sinkVerdicts.set(key, safe && this.sinkVerdicts.get(key) !== false);
    }
  }

  /**
   * Literal-key container methods: `conf.set('s', 'k', v)` writes path `conf.s.k`, `d.get('k')` /
   * `conf.get('s', 'k')` read it (reads list the longest literal-key prefix first, since a trailing
   * literal may be a default value).
   */
  private keyedPaths(call: SgNode, mode: 'read' | 'write'): string[] {
    const calleeNode = call.field('function');
    const ck = calleeNode?.kind().toString();
    if (!calleeNode || ck !== 'attribute' && ck !== 'member_expression') return [];
    const method = calleeNode.field('property')?.text() ?? calleeNode.field('attribute')?.text() ?? '';
    if (mode === 'read' ? method !== 'get' && method !== 'pop' : method !== 'set') return [];
    const receiver = calleeNode.field('object');
    const parts = receiver ? memberParts(receiver) : undefined;
    if (!parts || parts.includes('()') || parts.includes('[]')) return [];
    const args = call.field('arguments')?.children().filter((c) => c.isNamed() && c.kind().toString() !== 'comment' && c.kind().toString() !== 'keyword_argument') ?? [];
    const keys: string[] = [];
    for (const a of mode === 'write' ? args.slice(0, -1) : args) {
      const m = a.kind().toString() === 'string' ? /^[bu]?(['"])([A-Za-z0-9_ .:\/-]{1,64})\1$/.exec(a.text()) : null;
      if (!m) break;
      keys.push(m[2]!);
    }
    const base = parts.join('.');
    if (mode === 'write') return keys.length >= 1 && keys.length === args.length - 1 ? [`${base}.${keys.join('.')}`] : [];
    const out: string[] = [];
    for (let n = keys.length; n >= 1; n--) out.push(`${base}.${keys.slice(0, n).join('.')}`);
    return out;
  }

  /** Is the value built only from literals, constants and validated data (see KNOWN)? */
  isKnown(node: SgNode, env: Env, depth: number): boolean {
    if (depth > 24) return false;
    const kind = node.kind().toString();
    if (KNOWN_KINDS.has(kind)) return true;
    switch (kind) {
      case 'identifier':
        return env.has(KNOWN + node.text());
      case 'string':
      case 'template_string':
        return node.children().every((c) => { const k = c.kind().toString(); return k !== 'interpolation' && k !== 'template_substitution' || this.isKnown(c, env, depth + 1); });
      case 'attribute':
      case 'member_expression':
      case 'subscript':
      case 'subscript_expression': {
        const element = this.listElement(node, env);
        if (element) return env.has(KNOWN + element);
        const parts = memberParts(node);
        if (parts && env.has(KNOWN + parts.join('.'))) return true;
        if (this.staticRoute && parts?.length === 2 && parts[0] === 'request' && parts[1] === 'path') return true;
        if (kind === 'attribute' || kind === 'member_expression') return false;
        // An element of a known container, at a known index.
        const object = node.field('object') ?? node.field('value');
        const index = node.field('index') ?? node.field('subscript');
        return Boolean(object && index && this.isKnown(object, env, depth + 1) && this.isKnown(index, env, depth + 1));
      }
      case 'conditional_expression':
      case 'ternary_expression': {
        const parts = node.children().filter((c) => c.isNamed());
        const cond = this.language === 'python' ? parts[1] : parts[0];
        const decided = cond ? constValue(cond, this.consts, 0) : undefined;
        let values = this.language === 'python' ? [parts[0], parts[2]] : [parts[1], parts[2]];
        if (typeof decided === 'boolean') values = [decided ? values[0] : values[1]];
        return values.every((v) => v !== undefined && this.isKnown(v, env, depth + 1));
      }
      case 'call':
      case 'call_expression': {
        const calleeNode = node.field('function');
        if (!calleeNode) return false;
        const callee = calleeText(calleeNode);
        if (sanitizerOf(callee)?.kind === 'all') return true;
        const args = node.field('arguments');
        const argsKnown = !args || this.isKnown(args, env, depth + 1);
        if (!argsKnown) return false;
        for (const path of this.keyedPaths(node, 'read')) {
          if (env.has(KNOWN + path)) return true;
          if (env.has(path)) return false;
        }
        if (PURE_FUNCTIONS.has(callee)) return true;
        const receiver = calleeNode.field('object');
        return Boolean(receiver && PURE_METHODS.has(lastSegment(callee)) && this.isKnown(receiver, env, depth + 1));
      }
      default:
        if (!KNOWN_COMPOSITES.has(kind)) return false;
        return node.children().every((c) => !c.isNamed() || this.isKnown(c, env, depth + 1));
    }
  }

  private checkAssignSink(left: SgNode, taint: Taint | undefined, summary: FunctionSummary | undefined): void {
    if (!taint) return;
    const lk = left.kind().toString();
    if (lk === 'subscript' || lk === 'subscript_expression' || lk === 'attribute' || lk === 'member_expression') {
      const parts = memberParts(left);
      if (parts) {
        for (const [rule, sink] of this.sinkIndex.assignRoot) {
          if (sink.assignRoots!.includes(parts[0]!) || sink.assignRoots!.includes(`${parts[0]}.${parts[1]}`)) this.report(rule, sink, taint, left.parent() ?? left, summary);
        }
      }
    }
    if (lk !== 'member_expression' && lk !== 'attribute') return;
    const prop = left.field('property')?.text() ?? left.field('attribute')?.text() ?? '';
    for (const [rule, sink] of this.sinkIndex.assign.get(prop) ?? []) this.report(rule, sink, taint, left.parent() ?? left, summary);
  }

  private checkJsx(node: SgNode, env: Env, summary: FunctionSummary | undefined): void {
    const name = node.children()[0]?.text() ?? '';
    const list = this.sinkIndex.jsx.get(name);
    if (!list) return;
    const value = node.children().find((c, i) => i > 0 && c.isNamed());
    if (!value) return;
    const t = this.evaluate(value, env, 0);
    if (t) for (const [rule, sink] of list) this.report(rule, sink, t, node, summary);
  }

  private report(rule: TaintRule, sink: SinkSpec, taint: Taint, node: SgNode, summary: FunctionSummary | undefined): void {
    if (!reportable(sink.category, taint)) return;
    const r = node.range();
    const hit: SinkHit = { rule, taint: { ...taint, trace: [...taint.trace, { kind: 'sink', message: `reaches ${rule.meta.title.toLowerCase()} sink`, location: this.loc(node) }] }, sinkStart: r.start.index, sinkEnd: r.end.index, sinkText: node.text() };
    if (taint.origin === 'param') {
      summary?.paramHits.push(hit);
      // Unknown origin: only string construction into the sink is worth a (medium) finding.
      if (sink.fromParams && taint.constructed && !(sink.category === 'sql' && quotedButNotSql(node.field('arguments')?.children().find((c) => c.isNamed())?.text() ?? ''))) this.hits.push(hit);
      return;
    }
    this.hits.push(hit);
  }

  /** A caller's tainted argument reaches a sink inside a local function. */
  private recordThrough(hit: SinkHit, arg: Taint, call: SgNode, fnName: string): void {
    if (!reportable(hit.rule.sinks[0]!.category, arg)) return;
    const inner = hit.taint.trace.slice(1);
    const trace: TraceStep[] = [...arg.trace, { kind: 'step', message: `passed to ${fnName}()`, location: this.loc(call) }, ...inner];
    const through: SinkHit = { ...hit, taint: { ...arg, trace, constructed: arg.constructed || hit.taint.constructed } };
    if (arg.origin !== 'param') {
      this.hits.push(through);
      return;
    }
    // The argument is a parameter of the function being summarised: the sink becomes one of its own
    // parameter hits, so callers further out see it too (helpers calling helpers).
    const own = this.currentSummary;
    if (!own || own.paramHits.some((h) => h.sinkStart === hit.sinkStart && h.rule === hit.rule && h.taint.paramIndex === arg.paramIndex)) return;
    own.paramHits.push(through);
    if (through.taint.constructed && hit.rule.sinks.some((s) => s.fromParams)) this.hits.push(through);
  }
}

const JS_SOURCE_MARKERS = ['req.', 'req[', 'request.', 'ctx.', 'process.argv', 'process.env', 'document.', 'formData', 'searchParams', '@Body', '@Query', '@Param', '@Headers', 'window.name', 'prompt(', 'event.data', '.payload', 'use server'];
const PY_SOURCE_MARKERS = ['sys.argv', 'input(', 'getenv', '.route(', '@app.', '@router.', 'APIRouter'];

/** `key` occurs as a call of that exact name: `eval(` but not `_eval(` or `.eval(`; `.execute(` as a method. */
function mentions(text: string, key: string): boolean {
  for (let i = text.indexOf(key); i !== -1; i = text.indexOf(key, i + 1)) {
    if (key.startsWith('.')) return true;
    const before = i === 0 ? ' ' : text[i - 1]!;
    if (!/[A-Za-z0-9_$.]/.test(before)) return true;
  }
  return false;
}

/** Cheap proof that a file may contain a taint source at all. */
export function hasSourceMarker(language: CodeLanguage, text: string): boolean {
  if (language === 'python') return PY_SOURCE_MARKERS.some((m) => text.includes(m)) || mentionsWord(text, 'request') || mentionsWord(text, 'environ');
  return JS_SOURCE_MARKERS.some((m) => text.includes(m)) || mentionsLocation(text);
}

/** `recv.method(` for one of the receivers (also split over lines: `db\n  .get(`), bounded per occurrence. */
function mentionsReceiverCall(text: string, method: string, receivers: readonly string[]): boolean {
  const key = `.${method}(`;
  for (let i = text.indexOf(key); i !== -1; i = text.indexOf(key, i + 1)) {
    let j = i;
    for (let k = 0; k < 200 && j > 0 && /\s/.test(text[j - 1]!); k++) j--;
    for (const r of receivers) {
      if (j < r.length || text.slice(j - r.length, j) !== r) continue;
      if (j === r.length || !/[A-Za-z0-9_$]/.test(text[j - r.length - 1]!)) return true;
    }
  }
  return false;
}

/**
 * A query argument whose literal text says it is not SQL (`commands.execute("save.file %s" % p)`, a device's
 * `execute('{} gzip {}'.format(...))`): for parameters of unknown origin, `execute` alone is not enough.
 * A query held in a variable has no quotes and stays a candidate.
 */
function quotedButNotSql(argText: string): boolean {
  if (argText.length > 20_000 || !/['"`]/.test(argText)) return false;
  return !/\b(?:select|insert|update|delete|drop|create|alter|replace|pragma|merge|truncate|grant|revoke|attach|with|call|exec|show|describe|values|where|from|set)\b/i.test(argText);
}

/** `word` as a whole name (`request.args`, `os.environ[`), not inside others (requested, environment). */
function mentionsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
    if (i > 0 && /[A-Za-z0-9_]/.test(text[i - 1]!)) continue;
    if (i + word.length < text.length && /[A-Za-z0-9_]/.test(text[i + word.length]!)) continue;
    return true;
  }
  return false;
}

/**
 * The page's `location` as a value (`location.hash`, `window.location`, `= location;`), not the word inside
 * other names (startLocation, locations), paths ("./util/location.js") or prose: parsers and compilers say
 * "location" everywhere, and a marker sends the whole file through the taint walk.
 */
function mentionsLocation(text: string): boolean {
  for (let i = text.indexOf('location'); i !== -1; i = text.indexOf('location', i + 8)) {
    // `location.hash`, `location[k]`, `= location;`, `f(location)`; not the end of a sentence in a comment.
    const after = text[i + 8] ?? '';
    if (after === '.' ? !/[A-Za-z_$]/.test(text[i + 9] ?? '') : !'[;),'.includes(after) || after === '') continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    if (before === '.') {
      if (/(?:window|document|globalThis|self|top|parent)\.$/.test(text.slice(Math.max(0, i - 11), i))) return true;
      continue;
    }
    if (!/[A-Za-z0-9_$\/'"`-]/.test(before)) return true;
  }
  return false;
}

function calleeMatches(callee: string, last: string, sink: SinkSpec): boolean {
  if (sink.methods?.includes(last)) {
    if (!sink.receivers) return callee.includes('.');
    const dot = callee.lastIndexOf('.');
    const receiver = dot === -1 ? '' : callee.slice(0, dot);
    const recvLast = lastSegment(receiver);
    return sink.receivers.includes(recvLast) || sink.receivers.includes(receiver);
  }
  for (const c of sink.calls ?? []) {
    if (callee === c || callee.endsWith('.' + c) && c.includes('.')) return true;
  }
  return false;
}

export function lastSegment(text: string): string {
  const dot = text.lastIndexOf('.');
  return dot === -1 ? text : text.slice(dot + 1);
}

/** The last name of a callee (`b` of `a.b`), read off the node without building the whole chain. */
export function calleeLast(node: SgNode): string {
  const kind = node.kind().toString();
  if (kind === 'identifier') return node.text();
  const prop = kind === 'member_expression' ? node.field('property') : kind === 'attribute' ? node.field('attribute') : null;
  return prop ? prop.text() : lastSegment(calleeText(node));
}

/** `a.b.c` for identifier/member chains; `require('x').y` keeps its call text. */
export function calleeText(node: SgNode): string {
  const parts = memberParts(node);
  if (parts) return parts.join('.');
  return node.text().replace(/\s+/g, '');
}

/** Dotted parts of a pure member chain (`req.body['x'].y` → req, body, x, y), or undefined. */
export function memberParts(node: SgNode): string[] | undefined {
  const out: string[] = [];
  let cur: SgNode | null = node;
  for (let i = 0; cur && i < 32; i++) {
    const kind = cur.kind().toString();
    if (kind === 'identifier' || kind === 'this' || kind === 'super') {
      out.push(cur.text());
      return out.reverse();
    }
    if (kind === 'member_expression' || kind === 'attribute') {
      const prop = cur.field('property') ?? cur.field('attribute');
      out.push(prop?.text() ?? '');
      cur = cur.field('object');
      continue;
    }
    if (kind === 'subscript_expression' || kind === 'subscript') {
      const index = cur.field('index') ?? cur.field('subscript');
      const t = index?.text() ?? '';
      out.push(/^['"][A-Za-z0-9_$-]{1,64}['"]$/.test(t) ? t.slice(1, -1) : /^\d{1,6}$/.test(t) ? `[${t}]` : '[]');
      cur = cur.field('object') ?? cur.field('value');
      continue;
    }
    if (kind === 'call_expression' || kind === 'call') {
      // `request.args.get('x')` / `req.get('h')`: keep walking through the call's callee.
      out.push('()');
      cur = cur.field('function');
      continue;
    }
    if (kind === 'await_expression' || kind === 'parenthesized_expression' || kind === 'non_null_expression') {
      cur = cur.children().find((c) => c.isNamed()) ?? null;
      continue;
    }
    return undefined;
  }
  return undefined;
}

function rootIdentifier(node: SgNode): string | undefined {
  const parts = memberParts(node);
  return parts?.[0];
}

/** Every binding name introduced by a parameter or destructuring pattern. */
export function identifiersIn(node: SgNode): string[] {
  const kind = node.kind().toString();
  if (kind === 'identifier' || kind === 'shorthand_property_identifier_pattern') return [node.text()];
  const out: string[] = [];
  const walk = (n: SgNode, depth: number) => {
    if (depth > 12) return;
    const k = n.kind().toString();
    if (k === 'identifier' || k === 'shorthand_property_identifier_pattern') { out.push(n.text()); return; }
    if (k === 'type_annotation' || k === 'decorator' || k === 'type' || k === 'property_identifier') return;
    if (k === 'default_parameter' || k === 'typed_default_parameter' || k === 'assignment_pattern' || k === 'typed_parameter' || k === 'required_parameter' || k === 'optional_parameter') {
      const name = n.field('name') ?? n.field('pattern') ?? n.field('left') ?? n.children().find((c) => c.isNamed());
      if (name) walk(name, depth + 1);
      return;
    }
    if (k === 'pair_pattern') { const v = n.field('value'); if (v) walk(v, depth + 1); return; }
    for (const c of n.children()) if (c.isNamed()) walk(c, depth + 1);
  };
  walk(node, 0);
  return out;
}
