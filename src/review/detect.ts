import type { FileChange } from '../source/git-diff.js';

/** Line-based detectors over a diff. Every pattern is anchored or bounded: scanned code is hostile input. */

export interface Hit {
  readonly line: number;
  readonly text: string;
  readonly label: string;
}

const MAX_LINE = 2000;

function lang(path: string): 'js' | 'py' | 'other' {
  if (/\.(?:[cm]?[jt]sx?)$/.test(path)) return 'js';
  if (/\.pyw?$/.test(path)) return 'py';
  return 'other';
}

const JS_ROUTE = /\b(app|router|server|fastify|api|routes?|koaRouter|instance)\.(get|post|put|patch|delete|del|all|options|head|route|use)\(\s*['"`]([^'"`]{0,200})['"`]/;
const FASTIFY_ROUTE = /\b(?:fastify|server|app|instance)\.route\(\s*\{/;
const NEST_ROUTE = /^\s*@(Get|Post|Put|Patch|Delete|All|Options|Head)\(\s*(?:['"`]([^'"`]{0,200})['"`])?/;
const NEXT_HANDLER = /^\s*export\s+(?:async\s+)?(?:function\s+|const\s+)(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/;
const PY_ROUTE = /^\s*@(\w{1,40})\.(route|get|post|put|patch|delete|api_route|websocket)\(\s*(?:['"]([^'"]{0,200})['"])?/;
const DJANGO_ROUTE = /^\s*(?:re_)?path\(\s*r?['"]([^'"]{0,200})['"]/;

/** New or changed HTTP endpoints on added lines (Express, Fastify, Koa, NestJS, Next.js, Flask, Django, FastAPI). */
export function endpoints(change: FileChange): Hit[] {
  const out: Hit[] = [];
  const l = lang(change.path);
  const nextRoute = /(?:^|\/)pages\/api\/|(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/.test(change.path);
  for (const { line, text } of change.added) {
    if (text.length > MAX_LINE) continue;
    if (l === 'js') {
      const m = JS_ROUTE.exec(text);
      if (m && !(m[2] === 'use' && !m[3]!.startsWith('/'))) {
        out.push({ line, text, label: `${m[2]!.toUpperCase()} ${m[3]} (${m[1]}.${m[2]})` });
        continue;
      }
      if (FASTIFY_ROUTE.test(text)) {
        out.push({ line, text, label: 'Fastify route({ … })' });
        continue;
      }
      const n = NEST_ROUTE.exec(text);
      if (n) {
        out.push({ line, text, label: `NestJS @${n[1]}(${n[2] ?? ''})` });
        continue;
      }
      if (nextRoute) {
        const h = NEXT_HANDLER.exec(text);
        if (h) out.push({ line, text, label: `Next.js ${h[1]} ${change.path}` });
        else if (/^\s*export\s+default\s+(?:async\s+)?function/.test(text) && change.path.includes('pages/api/')) out.push({ line, text, label: `Next.js API route ${change.path}` });
      }
    } else if (l === 'py') {
      const m = PY_ROUTE.exec(text);
      if (m && !['pytest', 'mock', 'patch'].includes(m[1]!)) {
        out.push({ line, text, label: `${m[2] === 'route' || m[2] === 'api_route' ? 'ROUTE' : m[2]!.toUpperCase()} ${m[3] ?? ''} (@${m[1]}.${m[2]})` });
        continue;
      }
      if (/(?:^|\/)urls\.py$/.test(change.path)) {
        const d = DJANGO_ROUTE.exec(text);
        if (d) out.push({ line, text, label: `Django path '${d[1]}'` });
      }
    }
  }
  return out;
}

// Names of auth middleware, guards and decorators across the supported frameworks.
const AUTH_TOKEN = /\b(requireAuth|requireLogin|ensureAuthenticated|isAuthenticated|authenticate[A-Za-z]{0,20}|authorize[A-Za-z]{0,20}|passport\.authenticate|verifyToken|verifyJwt|checkJwt|jwtAuth|expressjwt|UseGuards|AuthGuard|RolesGuard|login_required|permission_required|user_passes_test|permission_classes|IsAuthenticated|get_current_user|get_current_active_user|Security|HTTPBearer|OAuth2PasswordBearer|jwt_required|auth_required|requires_auth|csrf|helmet|rateLimit|PreAuthorize|Authorized)\b/;
const WEAKENING = /(?:\bcsrf_exempt\b|\bAllowAny\b|@Public\(\)|\bSkipAuth\b|\bskipAuth\b|\bnoAuth\b|\bignoreExpiration\s*:\s*true|\bverify\s*=\s*False\b|\balgorithms\s*[:=]\s*\[\s*['"]none['"]|\brejectUnauthorized\s*:\s*false|\bhttpOnly\s*:\s*false|\bNODE_TLS_REJECT_UNAUTHORIZED\b)/;

/** Auth middleware or decorators removed (and not re-added in the same file), or weakening switches added. */
export function authWeakened(change: FileChange): Hit[] {
  const out: Hit[] = [];
  const addedTokens = new Set<string>();
  for (const { text } of change.added) {
    if (text.length > MAX_LINE) continue;
    const m = AUTH_TOKEN.exec(text);
    if (m) addedTokens.add(m[1]!);
  }
  for (const { line, text } of change.removed) {
    if (text.length > MAX_LINE) continue;
    const m = AUTH_TOKEN.exec(text);
    if (m && !addedTokens.has(m[1]!)) out.push({ line, text, label: `removed ${m[1]} (line ${line} at the base)` });
  }
  for (const { line, text } of change.added) {
    if (text.length > MAX_LINE) continue;
    const w = WEAKENING.exec(text);
    if (w) out.push({ line, text, label: `added ${w[0].trim()}` });
  }
  return out;
}

const SENSITIVE_PATH = /(?:^|[/_.-])(auth|authn|authz|login|logout|session|sessions|passport|jwt|oauth|oidc|saml|sso|crypto|cipher|password|passwd|permission|permissions|rbac|acl|policy|policies|token|tokens|middleware|guard|guards|security)(?:[/_.-]|$)/i;
const SENSITIVE_CODE = /\b(createHash|createHmac|createCipheriv|createDecipheriv|randomBytes|timingSafeEqual|bcrypt|argon2|scrypt|pbkdf2|jwt\.sign|jwt\.verify|jsonwebtoken|hashlib|hmac\.|Fernet|AES|RSA|set_password|check_password|session\[|req\.session|express-session|cookie-session|setCookie|set_cookie)\b/;

/** Edits to authentication, authorisation, session or crypto code: by path, or by what the changed lines call. */
export function sensitiveEdit(change: FileChange): string | undefined {
  const p = SENSITIVE_PATH.exec(change.path);
  if (p) return `path names ${p[1]!.toLowerCase()}`;
  for (const { text } of [...change.added, ...change.removed]) {
    if (text.length > MAX_LINE) continue;
    const m = SENSITIVE_CODE.exec(text);
    if (m) return `changed lines use ${m[1]}`;
  }
  return undefined;
}

export function isCiWorkflow(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /^\.github\/actions\//.test(path) || ['.gitlab-ci.yml', 'Jenkinsfile', '.circleci/config.yml', 'azure-pipelines.yml', 'bitbucket-pipelines.yml', '.travis.yml', '.drone.yml'].includes(path) || path.startsWith('.buildkite/');
}

const AGENT_FILES = new Set(['AGENTS.md', 'CLAUDE.md', 'CLAUDE.local.md', 'GEMINI.md', '.cursorrules', '.windsurfrules', '.clinerules', '.github/copilot-instructions.md', '.mcp.json', '.cursor/mcp.json', '.vscode/mcp.json', '.aider.conf.yml', '.goosehints']);

export function isAgentInstruction(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return AGENT_FILES.has(path) || AGENT_FILES.has(name) || /^\.cursor\/rules\//.test(path) || /^\.claude\//.test(path) || /^\.github\/instructions\/.*\.instructions\.md$/.test(path) || /^\.github\/prompts\//.test(path) || /^\.windsurf\/rules\//.test(path);
}


// IAM actions look like "s3:GetObject" or "iam:*"; bounded both sides.
const IAM_ACTION = /["']([a-z][a-z0-9-]{1,40}:[A-Za-z0-9*]{1,100})["']/g;
const CIDR = /\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|::)\/(\d{1,3})\b/g;
const PRIVILEGE = /\b(privileged:\s*true|hostNetwork:\s*true|hostPID:\s*true|hostIPC:\s*true|allowPrivilegeEscalation:\s*true|runAsUser:\s*0\b|runAsNonRoot:\s*false|SYS_ADMIN|NET_ADMIN|hostPath:|"privileged"\s*:\s*true|privileged\s*=\s*true)/g;

function tokens(text: string, re: RegExp, group = 1): Map<string, number> {
  const out = new Map<string, number>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(m[group]!, (out.get(m[group]!) ?? 0) + 1);
  return out;
}

function lineOf(change: FileChange, needle: string): number | undefined {
  return change.added.find((l) => l.text.includes(needle))?.line;
}

/**
 * IaC permission increases, comparing base and head values of the whole file: IAM actions that
 * are new at head (wildcards called out), CIDRs wider than any at the base, and more privileged
 * pod settings than before.
 */
export function iacIncreases(change: FileChange, before: string, after: string): Hit[] {
  const out: Hit[] = [];
  if (/Action|actions|permissions/.test(after)) {
    const was = tokens(before, IAM_ACTION);
    for (const action of tokens(after, IAM_ACTION).keys()) {
      if (was.has(action) || /^(?:https?|arn|urn|sha\d*|npm|git|file|data):/.test(action)) continue;
      const wild = action.endsWith(':*') || action === '*:*';
      out.push({ line: lineOf(change, action) ?? 0, text: action, label: `${wild ? 'wildcard ' : ''}IAM action ${action} granted` });
    }
    if (/["']Action["']\s*:\s*["']\*["']|\bactions\s*=\s*\[\s*"\*"\s*\]/.test(after) && !/["']Action["']\s*:\s*["']\*["']|\bactions\s*=\s*\[\s*"\*"\s*\]/.test(before)) {
      out.push({ line: change.added.find((l) => /Action|actions/.test(l.text) && l.text.includes('"*"'))?.line ?? 0, text: '*', label: 'wildcard IAM action "*" granted (every action)' });
    }
  }
  const WILD_RESOURCE = /["']Resource["']\s*:\s*(?:\[\s*)?["']\*["']|\bresources\s*=\s*\[\s*"\*"\s*\]/;
  if (WILD_RESOURCE.test(after) && !WILD_RESOURCE.test(before)) {
    out.push({ line: change.added.find((l) => WILD_RESOURCE.test(l.text))?.line ?? 0, text: '*', label: 'wildcard IAM resource "*" (every resource)' });
  }
  const wasCidr = [...tokens(before, CIDR).keys()];
  const widest = (list: string[]) => Math.min(...list.map((c) => Number(c.slice(c.lastIndexOf('/') + 1))));
  CIDR.lastIndex = 0;
  const nowCidr: string[] = [];
  for (let m = CIDR.exec(after); m; m = CIDR.exec(after)) nowCidr.push(m[0]);
  const baseWidest = wasCidr.length ? widest(wasCidr) : Infinity;
  for (const cidr of new Set(nowCidr)) {
    if (wasCidr.includes(cidr)) continue;
    const prefix = Number(cidr.slice(cidr.lastIndexOf('/') + 1));
    if (prefix < baseWidest || prefix === 0) out.push({ line: lineOf(change, cidr) ?? 0, text: cidr, label: `network range widened to ${cidr}${prefix === 0 ? ' (the whole internet)' : ''}` });
  }
  const was = tokens(before, PRIVILEGE);
  for (const [setting, n] of tokens(after, PRIVILEGE)) {
    if (n > (was.get(setting) ?? 0)) out.push({ line: lineOf(change, setting.split(/[:=]/)[0]!.replace(/"/g, '')) ?? 0, text: setting, label: `newly privileged workload: ${setting.replace(/\s+/g, ' ')}` });
  }
  return out;
}

/** Dependencies declared at head but not at base: package.json sections and requirements files. */
export function newDependencies(path: string, before: string, after: string): { name: string; version: string }[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'package.json') {
    const deps = (text: string): Map<string, string> => {
      const out = new Map<string, string>();
      try {
        const json = JSON.parse(text) as Record<string, unknown>;
        for (const section of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
          const s = json[section];
          if (s && typeof s === 'object') for (const [k, v] of Object.entries(s)) out.set(k, String(v));
        }
      } catch {
        // Malformed JSON at one side: nothing can be compared; the dependencies analyzer reports the parse error.
      }
      return out;
    };
    const was = deps(before);
    return [...deps(after)].filter(([k, v]) => was.get(k) !== v && !was.has(k)).map(([k, v]) => ({ name: k, version: v }));
  }
  if (/^requirements.*\.txt$/.test(name)) {
    const reqs = (text: string) => new Map(text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter((l) => /^[A-Za-z0-9]/.test(l)).map((l) => {
      const m = /^([A-Za-z0-9][A-Za-z0-9._-]{0,100})(.{0,200})$/.exec(l);
      return [(m?.[1] ?? l).toLowerCase(), (m?.[2] ?? '').trim()] as const;
    }));
    const was = reqs(before);
    return [...reqs(after)].filter(([k]) => !was.has(k)).map(([k, v]) => ({ name: k, version: v || '(any)' }));
  }
  if (name === 'go.mod') {
    const mods = (text: string) => {
      const out = new Map<string, string>();
      for (const raw of text.split('\n')) {
        const m = /^\s*(?:require\s+)?([A-Za-z0-9][A-Za-z0-9._~/-]{0,200}\.[A-Za-z0-9._~/-]{1,200})\s+(v[0-9][A-Za-z0-9.+-]{0,100})(?:\s|$)/.exec(raw);
        if (m && !raw.trimStart().startsWith('module ') && !raw.trimStart().startsWith('go ')) out.set(m[1]!, m[2]!);
      }
      return out;
    };
    const was = mods(before);
    return [...mods(after)].filter(([k]) => !was.has(k)).map(([k, v]) => ({ name: k, version: v }));
  }
  return [];
}
