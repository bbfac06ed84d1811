import type { AgentConfigKind, IacFormat, Language, LockfileFormat, SkipReason, TargetType } from '../core/target.js';

const LANGUAGE_BY_EXTENSION: Readonly<Record<string, Language>> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescript',
  py: 'python', pyw: 'python',
  go: 'go', rb: 'ruby', java: 'java', php: 'php', rs: 'rust', cs: 'csharp',
  sh: 'shell', bash: 'shell', zsh: 'shell',
};

const LOCKFILE_BY_NAME: Readonly<Record<string, LockfileFormat>> = {
  'package-lock.json': 'package-lock',
  'npm-shrinkwrap.json': 'npm-shrinkwrap',
  'yarn.lock': 'yarn-lock',
  'pnpm-lock.yaml': 'pnpm-lock',
  'bun.lock': 'bun-lock',
  'package.json': 'package-json',
  'poetry.lock': 'poetry-lock',
  'Pipfile.lock': 'pipfile-lock',
  'uv.lock': 'uv-lock',
  'pyproject.toml': 'pyproject-toml',
  'go.mod': 'go-mod',
  'go.sum': 'go-sum',
  'Cargo.lock': 'cargo-lock',
  'Gemfile.lock': 'gemfile-lock',
  'composer.lock': 'composer-lock',
};

const INSTRUCTION_FILES = new Set(['CLAUDE.md', 'AGENTS.md', 'GEMINI.md', '.cursorrules', '.windsurfrules', '.clinerules', 'CLAUDE.local.md']);
const MCP_FILES = new Set(['.mcp.json', '.cursor/mcp.json', '.vscode/mcp.json', 'mcp.json', 'claude_desktop_config.json']);

/** Extensions that are never text; skipped before any read. */
export const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'webp', 'tif', 'tiff', 'psd', 'svgz', 'avif', 'heic',
  'pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'whl', 'egg',
  'exe', 'dll', 'so', 'dylib', 'o', 'a', 'lib', 'class', 'pyc', 'pyo', 'wasm', 'node', 'bin', 'dat',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'mp3', 'mp4', 'mov', 'avi', 'mkv', 'webm', 'wav', 'flac', 'ogg',
  'sqlite', 'db', 'parquet', 'avro', 'pb', 'onnx', 'pt', 'pth', 'h5', 'npy', 'npz', 'pkl', 'docx', 'xlsx', 'pptx',
]);

function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? path : path.slice(i + 1);
}

function extension(name: string): string {
  const i = name.lastIndexOf('.');
  return i <= 0 ? '' : name.slice(i + 1).toLowerCase();
}

/** Decides what a file is from its path alone; content sniffing happens in the analyzers that need it. */
export function classify(path: string): TargetType {
  const name = basename(path);
  const ext = extension(name);

  const agent = agentConfigKind(path, name, ext);
  if (agent) return { kind: 'agent-config', format: agent };

  const lockfile = LOCKFILE_BY_NAME[name];
  if (lockfile) return { kind: 'lockfile', format: lockfile };
  if (/^requirements.*\.(txt|in)$/i.test(name) || (ext === 'txt' && /(^|\/)requirements\//.test(path))) {
    return { kind: 'lockfile', format: 'requirements-txt' };
  }

  const iac = iacFormat(path, name, ext);
  if (iac) return { kind: 'iac', format: iac };

  const language = LANGUAGE_BY_EXTENSION[ext];
  if (language) return { kind: 'source', language };
  return { kind: 'text' };
}

function agentConfigKind(path: string, name: string, ext: string): AgentConfigKind | undefined {
  if (INSTRUCTION_FILES.has(name)) return 'instructions';
  if (path === '.github/copilot-instructions.md' || path.endsWith('/.github/copilot-instructions.md')) return 'instructions';
  if (ext === 'mdc' && (path.includes('.cursor/rules/') || path.startsWith('.cursor/rules/'))) return 'instructions';
  if (/(^|\/)\.github\/instructions\/[^/]+\.instructions\.md$/.test(path)) return 'instructions';
  for (const mcp of MCP_FILES) if (path === mcp || path.endsWith('/' + mcp)) return 'mcp-config';
  if (/(^|\/)\.claude\/settings[^/]*\.json$/.test(path)) return 'agent-settings';
  return undefined;
}

function iacFormat(path: string, name: string, ext: string): IacFormat | undefined {
  if (ext === 'tf') return 'terraform';
  if (ext === 'tfvars' || name.endsWith('.tfvars.json')) return 'terraform-vars';
  if (/\.(tfplan|plan)\.json$/.test(name) || name === 'tfplan.json') return 'terraform-plan';
  if (name === 'Dockerfile' || name === 'Containerfile' || name.startsWith('Dockerfile.') || ext === 'dockerfile' || name.endsWith('.Dockerfile')) return 'dockerfile';
  if (ext === 'yml' || ext === 'yaml') {
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return 'github-workflow';
    if (name === 'action.yml' || name === 'action.yaml') return 'github-action';
    if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(name)) return 'docker-compose';
    if (/(^|\/)templates\//.test(path) && /(^|\/)charts?\//.test(path)) return 'helm-template';
    return 'yaml';
  }
  if (ext === 'template' || /\.(cfn|template)\.json$/.test(name)) return 'cloudformation-json';
  return undefined;
}

/** Path-only skip decision; content checks (binary, minified) come after the read. */
export function skipByPath(path: string): { reason: SkipReason; detail?: string } | undefined {
  const name = basename(path);
  const ext = extension(name);
  if (BINARY_EXTENSIONS.has(ext)) return { reason: 'binary', detail: `.${ext}` };
  if (/\.min\.(js|css|mjs)$/.test(name) || /[.-]bundle\.js$/.test(name)) return { reason: 'minified' };
  if (/\.(pb\.go|pb2\.py|_pb2_grpc\.py|generated\.\w+|g\.dart)$/.test(name) || name.endsWith('.map')) return { reason: 'generated' };
  return undefined;
}

/**
 * Lockfiles can legitimately be large, and so can notebooks (plots are base64 images in the
 * JSON; only the cells' text is analysed) and Terraform plans; other files over the limit are skipped as too-large.
 */
export function sizeLimitFor(type: TargetType, configured: number, path = ''): number {
  if (type.kind === 'lockfile') return Math.max(configured, 64 * 1024 * 1024);
  if (path.toLowerCase().endsWith('.ipynb')) return Math.max(configured, 32 * 1024 * 1024);
  // A Terraform plan (`terraform show -json`) of a few hundred resources is past 2 MB; it is read linearly.
  if ((type.kind === 'iac' && type.format === 'terraform-plan') || basename(path) === 'plan.json') return Math.max(configured, 16 * 1024 * 1024);
  return configured;
}

/**
 * Content checks on the first bytes and line shape. A NUL byte means binary (as git
 * decides); a very long average line in code means minified; a generated-file banner
 * near the top means generated.
 */
export function skipByContent(path: string, type: TargetType, buffer: Buffer): { reason: SkipReason; detail?: string } | undefined {
  const head = buffer.subarray(0, 8000);
  if (head.includes(0)) return { reason: 'binary', detail: 'NUL byte in the first 8000 bytes' };
  if (type.kind === 'source' && (type.language === 'javascript' || type.language === 'typescript') && buffer.length > 2000) {
    // Same test as length / (newlines + 1) > 300, decided without counting every newline.
    if (fewerNewlinesThan(buffer, Math.ceil(buffer.length / 300) - 1)) return { reason: 'minified', detail: 'average line longer than 300 characters' };
  }
  if (type.kind === 'source') {
    const top = head.subarray(0, 600).toString('latin1');
    if (/@generated\b|\bDO NOT EDIT\b|Code generated .* DO NOT EDIT|autogenerated by/i.test(top) && !/@generated-not/.test(top)) {
      return { reason: 'generated', detail: 'generated-file banner' };
    }
  }
  return undefined;
}

/** Whether the buffer has fewer than `enough` newlines; stops at the `enough`th, so ordinary code is decided early. */
function fewerNewlinesThan(buffer: Buffer, enough: number): boolean {
  if (enough <= 0) return false;
  let count = 0;
  let i = buffer.indexOf(10);
  while (i !== -1) {
    if (++count >= enough) return false;
    i = buffer.indexOf(10, i + 1);
  }
  return true;
}
