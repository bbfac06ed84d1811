import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { member } from '../jsonc.js';
import { argv, hookCommands, mcpServers, programName, shellSegments, type StringValue } from '../mcp.js';
import type { AgentRule } from '../rule.js';

export const meta: RuleMeta = {
  id: 'ai/mcp-unpinned-package',
  title: 'MCP server started from an unpinned package',
  description:
    'The MCP server (or agent hook) is fetched from a registry at every start (`npx -y pkg`, `pkg@latest`, `uvx pkg`, `docker run image:latest`) without a fixed version. Whoever publishes the next version of that package, including an attacker who takes over the name, runs code with the agent\'s access on every developer machine that opens the project.',
  severity: 'medium',
  confidence: 'high',
  cwe: ['CWE-829', 'CWE-494'],
  owasp: ['LLM03:2025 Supply Chain'],
  remediation: 'Pin an exact version (`pkg@1.4.2`, `uvx pkg==1.4.2`, `image@sha256:…`), or install the server as a locked dev dependency and start it from node_modules.',
  references: ['https://cwe.mitre.org/data/definitions/829.html', 'https://modelcontextprotocol.io/docs/concepts/transports'],
};

const EXACT_SEMVER = /^v?\d{1,9}\.\d{1,9}\.\d{1,9}(?:-[0-9A-Za-z.-]{1,64})?(?:\+[0-9A-Za-z.-]{1,64})?$/;

/** npm spec → undefined when pinned, else the reason it is not. */
export function npmSpecProblem(spec: string): string | undefined {
  if (/^(?:\.{0,2}\/|file:|link:|[A-Za-z]:\\)/.test(spec)) return undefined; // local path
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|https?:)/.test(spec) || /^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(spec)) {
    return /#[0-9a-f]{40}$/.test(spec) ? undefined : 'a git or URL source without a commit hash';
  }
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  if (at === -1) return 'no version';
  const version = spec.slice(at + 1);
  if (EXACT_SEMVER.test(version)) return undefined;
  if (version === '' || /^(?:latest|next|canary|beta|alpha|rc|dev|nightly)$/i.test(version)) return `the moving tag "${version || 'latest'}"`;
  return `the range "${version}"`;
}

/** Python spec for uvx / pipx → undefined when pinned. */
export function pySpecProblem(spec: string): string | undefined {
  if (/^(?:\.{0,2}\/|file:)/.test(spec)) return undefined;
  if (/^git\+/.test(spec)) return /@[0-9a-f]{40}$/.test(spec) ? undefined : 'a git source without a commit hash';
  const eq = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}(?:\[[A-Za-z0-9_,.-]{1,200}\])?(==|@)(.{1,100})$/.exec(spec);
  if (!eq) return /[<>~=!]/.test(spec) ? 'a version range' : 'no version';
  return eq[2] === 'latest' ? 'the moving tag "latest"' : undefined;
}

function dockerImageProblem(image: string): string | undefined {
  if (image.includes('@sha256:')) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon === -1) return 'no tag (implicitly "latest")';
  return image.slice(colon + 1) === 'latest' ? 'the moving tag "latest"' : undefined;
}

const NPM_RUNNERS = new Set(['npx', 'bunx', 'pnpx']);
const DLX_HOSTS = new Set(['pnpm', 'yarn', 'bun', 'npm']);
const DLX_VERBS = new Set(['dlx', 'exec', 'x']);
// Options of the runners that take a value, so the value is not mistaken for the package.
const VALUE_OPTIONS = new Set(['--python', '-p', '--with', '--index-url', '--index', '--cache-dir', '--registry', '--userconfig', '--node-options', '--env-file', '--name', '-e', '--env', '-v', '--volume', '--network', '-w', '--workdir', '--user', '-u', '--entrypoint', '--platform', '--mount']);

interface Found {
  readonly spec: StringValue;
  readonly problem: string;
  readonly runner: string;
}

function firstPositional(words: readonly StringValue[], from: number): { word: StringValue; index: number } | undefined {
  for (let i = from; i < words.length; i++) {
    const w = words[i]!.value;
    if (w.startsWith('-')) {
      if (!w.includes('=') && VALUE_OPTIONS.has(w)) i++;
      continue;
    }
    return { word: words[i]!, index: i };
  }
  return undefined;
}

function optionValue(words: readonly StringValue[], names: readonly string[]): StringValue | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.value;
    for (const name of names) {
      if (w === name && words[i + 1]) return words[i + 1];
      if (w.startsWith(name + '=')) return { ...words[i]!, value: w.slice(name.length + 1) };
    }
  }
  return undefined;
}

export function unpinned(words: readonly StringValue[]): Found | undefined {
  if (words.length === 0) return undefined;
  const program = programName(words[0]!.value);
  let rest = words.slice(1);
  if (DLX_HOSTS.has(program) && DLX_VERBS.has(rest[0]?.value ?? '')) rest = rest.slice(1);
  else if (program === 'uv' && rest[0]?.value === 'tool' && rest[1]?.value === 'run') return pythonRunner('uv tool run', rest.slice(2));
  else if (program === 'uvx') return pythonRunner('uvx', rest);
  else if (program === 'pipx' && rest[0]?.value === 'run') return pythonRunner('pipx run', rest.slice(1));
  else if ((program === 'docker' || program === 'podman') && rest[0]?.value === 'run') {
    const image = firstPositional(rest, 1);
    if (!image) return undefined;
    const problem = dockerImageProblem(image.word.value);
    return problem ? { spec: image.word, problem, runner: `${program} run` } : undefined;
  } else if (!NPM_RUNNERS.has(program)) return undefined;
  // npx --no-install / --offline only runs what is already installed (locked): nothing is fetched.
  if (rest.some((w) => w.value === '--no-install' || w.value === '--no' || w.value === '--offline')) return undefined;
  const explicit = optionValue(rest, ['--package', '-p']);
  const target = explicit ?? firstPositional(rest, 0)?.word;
  if (!target) return undefined;
  const problem = npmSpecProblem(target.value);
  return problem ? { spec: target, problem, runner: program } : undefined;
}

function pythonRunner(runner: string, rest: readonly StringValue[]): Found | undefined {
  const explicit = optionValue(rest, runner === 'pipx run' ? ['--spec'] : ['--from']);
  const target = explicit ?? firstPositional(rest, 0)?.word;
  if (!target) return undefined;
  const problem = pySpecProblem(target.value);
  return problem ? { spec: target, problem, runner } : undefined;
}

export const rule: AgentRule = {
  meta,
  kinds: ['mcp-config', 'agent-settings'],
  needsJson: true,
  check(doc) {
    const findings: RawFinding[] = [];
    for (const server of mcpServers(doc.json)) {
      const found = unpinned(argv(server));
      if (!found) continue;
      findings.push({
        ruleId: meta.id,
        message: `MCP server "${server.name}" runs \`${found.runner} ${found.spec.value}\` with ${found.problem}: every start may fetch and run different code.`,
        location: doc.index.location(doc.target.path, found.spec.start, found.spec.end),
        identity: `mcp-unpinned:${server.name}:${found.spec.value}`,
        properties: { server: server.name, package: found.spec.value },
      });
    }
    // Agent hooks run on every matching tool call: an unpinned `npx -y pkg` there is the same risk.
    for (const command of hookCommands(member(doc.json, 'hooks'))) {
      for (const words of shellSegments(command)) {
        const found = unpinned(words);
        if (!found) continue;
        findings.push({
          ruleId: meta.id,
          message: `An agent hook runs \`${found.runner} ${found.spec.value}\` with ${found.problem}: every run may fetch and execute different code.`,
          location: doc.index.location(doc.target.path, command.start, command.end),
          identity: `hook-unpinned:${found.spec.value}`,
          properties: { package: found.spec.value },
        });
        break;
      }
    }
    return findings;
  },
};
