import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { RawFinding } from '../../core/finding.js';
import type { Target } from '../../core/target.js';
import { normalizePypi, parsePep508 } from './lockfiles/python-spec.js';
import { extract } from './lockfiles/index.js';
import { isRecord } from './lockfiles/json-lines.js';
import { parseToml } from './lockfiles/toml.js';
import { pythonImports } from './python-imports.js';
import { PYTHON2_STDLIB_MODULES, PYTHON_STDLIB_MODULES } from './python-stdlib.js';
import type { NameIndex } from './registry/names.js';
import { readInsideRoot, resolveInclude } from './requirements-includes.js';
import type { Extraction } from './types.js';

/**
 * Import names that differ from the distribution that provides them, for packages people
 * actually use. Only the differences: `requests` → requests, `flask_cors` → Flask-Cors and
 * `dateutil` → python-dateutil are derived (PEP 503 normalisation, `python-`/`py` affixes,
 * and a declared `<name>-…` plugin or namespace distribution providing `<name>`).
 * Keys may be dotted when only a sub-package identifies the distribution (`google.protobuf`).
 */
export const IMPORT_TO_DISTRIBUTIONS: Readonly<Record<string, readonly string[]>> = {
  yaml: ['PyYAML'], PIL: ['Pillow'], Image: ['Pillow'], cv2: ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless'],
  sklearn: ['scikit-learn'], skimage: ['scikit-image'], skbuild: ['scikit-build'], bs4: ['beautifulsoup4'], jwt: ['PyJWT'],
  Crypto: ['pycryptodome', 'pycrypto'], Cryptodome: ['pycryptodomex'], OpenSSL: ['pyOpenSSL'], nacl: ['PyNaCl'],
  serial: ['pyserial'], usb: ['pyusb'], git: ['GitPython'], github: ['PyGithub'], attr: ['attrs'], dns: ['dnspython'],
  'google.protobuf': ['protobuf'], googleapiclient: ['google-api-python-client'], grpc: ['grpcio'], MySQLdb: ['mysqlclient'],
  rest_framework_simplejwt: ['djangorestframework-simplejwt'], oauth2_provider: ['django-oauth-toolkit'], social_django: ['social-auth-app-django'],
  djmoney: ['django-money'], registration: ['django-registration-redux', 'django-registration'],
  psycopg2: ['psycopg2-binary', 'psycopg2'], pkg_resources: ['setuptools'], _distutils_hack: ['setuptools'], fitz: ['PyMuPDF'],
  zmq: ['pyzmq'], wx: ['wxPython'], gi: ['PyGObject'], cairo: ['pycairo'], OpenGL: ['PyOpenGL'],
  win32api: ['pywin32'], win32con: ['pywin32'], win32com: ['pywin32'], pywintypes: ['pywin32'],
  kafka: ['kafka-python'], websocket: ['websocket-client'], faiss: ['faiss-cpu', 'faiss-gpu'], umap: ['umap-learn'], Bio: ['biopython'],
  mpl_toolkits: ['matplotlib'], pylab: ['matplotlib'], pythonjsonlogger: ['python-json-logger'], llama_cpp: ['llama-cpp-python'],
  rest_framework: ['djangorestframework'], corsheaders: ['django-cors-headers'], debug_toolbar: ['django-debug-toolbar'],
  environ: ['django-environ'], crispy_forms: ['django-crispy-forms'], django_filters: ['django-filter'], allauth: ['django-allauth'],
  storages: ['django-storages'], _pytest: ['pytest'], xdist: ['pytest-xdist'], memcache: ['python-memcached'],
  Levenshtein: ['python-Levenshtein', 'Levenshtein'], docopt: ['docopt', 'docopt-ng'], ruamel: ['ruamel.yaml'],
  speech_recognition: ['SpeechRecognition'], telegram: ['python-telegram-bot'],
  // `python-<name>` distributions are derived; listed where the message should name them
  dateutil: ['python-dateutil'], dotenv: ['python-dotenv'], jose: ['python-jose'], magic: ['python-magic'], docx: ['python-docx'],
  pptx: ['python-pptx'], multipart: ['python-multipart'], slugify: ['python-slugify'], socketio: ['python-socketio'],
  engineio: ['python-engineio'], ldap: ['python-ldap'], jenkins: ['python-jenkins'], gitlab: ['python-gitlab'], Xlib: ['python-xlib'],
  whois: ['python-whois'], nmap: ['python-nmap'], consul: ['python-consul'],
};

/**
 * Modules a few very common distributions always install (hard requirements in their own
 * metadata), so importing them with only the parent declared works by design, not by accident.
 * Without a lockfile the project's resolved tree is unknown; this keeps the usual cases quiet.
 */
export const PROVIDED_BY: Readonly<Record<string, readonly string[]>> = {
  sphinx: ['docutils', 'pygments', 'jinja2', 'babel', 'alabaster', 'imagesize', 'snowballstemmer', 'requests', 'packaging'],
  requests: ['urllib3', 'idna', 'certifi', 'charset_normalizer'],
  flask: ['werkzeug', 'jinja2', 'itsdangerous', 'click', 'blinker', 'markupsafe'],
  jinja2: ['markupsafe'],
  fastapi: ['starlette', 'pydantic', 'typing_extensions', 'anyio'],
  starlette: ['anyio'],
  pydantic: ['pydantic_core', 'typing_extensions', 'annotated_types'],
  httpx: ['httpcore', 'anyio', 'idna', 'certifi', 'sniffio', 'h11'],
  boto3: ['botocore', 's3transfer', 'jmespath'],
  botocore: ['dateutil', 'urllib3', 'jmespath'],
  pandas: ['numpy', 'dateutil', 'pytz', 'tzdata'],
  scipy: ['numpy'],
  matplotlib: ['numpy', 'pyparsing', 'cycler', 'kiwisolver', 'PIL', 'dateutil', 'packaging', 'fontTools', 'contourpy'],
  'scikit-learn': ['numpy', 'scipy', 'joblib', 'threadpoolctl'],
  pytest: ['_pytest', 'pluggy', 'iniconfig', 'packaging', 'py'],
  ipython: ['IPython', 'pygments', 'traitlets', 'jedi', 'prompt_toolkit', 'decorator', 'matplotlib_inline'],
  rich: ['pygments', 'markdown_it'],
  uvicorn: ['click', 'h11'],
  django: ['asgiref', 'sqlparse'],
  celery: ['kombu', 'billiard', 'vine', 'click'],
  aiohttp: ['multidict', 'yarl', 'aiosignal', 'frozenlist', 'attr'],
  'google-api-python-client': ['google', 'googleapiclient', 'httplib2', 'uritemplate'],
  typer: ['click', 'typing_extensions'],
  black: ['click', 'platformdirs', 'pathspec', 'mypy_extensions', 'packaging'],
  mypy: ['mypy_extensions', 'typing_extensions'],
  setuptools: ['pkg_resources', '_distutils_hack'],
};

/** Test inputs and examples import made-up names on purpose; vendored copies import their own optional extras. */
const TEST_INPUT = /(^|\/)(fixtures?|__fixtures__|testdata|test-fixtures|test_data|test-examples|examples?|samples?|_vendor|vendor|vendored|third_party|site-packages|\.?venv|\.tox|\.nox)\//;

interface ManifestFile {
  readonly target: Target;
  readonly extraction: Extraction;
}

export interface PythonPhantomOptions {
  /** The scan root, to read setup.cfg and `[tool.setuptools.dynamic]` files and probe for local modules. */
  readonly root?: string;
  readonly names?: NameIndex;
}

/**
 * `import x` / `from x import y` of a module that is neither declared by a Python manifest of the
 * project, nor the standard library, nor the project's own module. Only files under a folder
 * with a Python manifest are checked (no manifest: unknown, not phantom); imports guarded by an
 * ImportError handler are optional by design; relative imports are always local.
 */
export function pythonPhantomImports(targets: readonly Target[], files: readonly ManifestFile[], options: PythonPhantomOptions = {}): RawFinding[] {
  const sources = targets.filter((t) => t.type.kind === 'source' && t.type.language === 'python');
  if (!sources.length) return [];
  const declared = new Set<string>();
  const manifestDirs = new Set<string>();
  const unknownDirs = new Set<string>();
  const add = (name: string) => declared.add(normalizePypi(name));
  for (const f of files) {
    if (f.extraction.ecosystem !== 'PyPI') continue;
    manifestDirs.add(projectDirOf(f.target.path));
    // constraint files pin versions without declaring anything, so their names do not count
    for (const d of f.extraction.dependencies) add(d.name);
    if (f.extraction.projectName) add(f.extraction.projectName);
    if (f.extraction.format === 'pyproject-toml') {
      const more = pyprojectExtras(f.target.text);
      for (const n of more.names) add(n);
      if (more.dynamicDependencies) {
        // `dynamic = ["dependencies"]` reads them from files (or setup.py): follow the files; without any, unknown
        let found = false;
        for (const file of more.dependencyFiles) {
          const resolved = resolveInclude(f.target.path, file);
          if ('problem' in resolved || !options.root) continue;
          const got = targets.find((t) => t.path === resolved.path)?.text ?? textOf(readInsideRoot(options.root, resolved.path));
          if (got === undefined) continue;
          found = true;
          for (const d of extract('requirements-txt', got, resolved.path).dependencies) add(d.name);
        }
        if (!found) unknownDirs.add(dirOf(f.target.path));
      }
    }
  }
  // setup.py (string literals of a file that calls setup with install_requires) and setup.cfg
  const setupDirs = new Set<string>();
  for (const s of sources) {
    if (basename(s.path) !== 'setup.py') continue;
    setupDirs.add(dirOf(s.path));
    if (s.text.indexOf('install_requires') === -1) continue;
    manifestDirs.add(dirOf(s.path));
    for (const literal of stringLiterals(s.text)) {
      const req = parsePep508(literal);
      if (req && literal.length < 200) add(req.name);
    }
  }
  if (options.root) {
    for (const dir of new Set(['', ...setupDirs, ...manifestDirs])) {
      const at = (name: string) => textOf(readInsideRoot(options.root!, dir ? `${dir}/${name}` : name));
      const cfgText = at('setup.cfg');
      if (cfgText !== undefined) {
        const cfg = setupCfgRequirements(cfgText);
        for (const n of cfg.names) add(n);
        if (cfg.declares) manifestDirs.add(dir);
      }
      // test and environment tooling declares what tests and notebooks import; names only, never "a manifest here"
      const tox = at('tox.ini');
      if (tox !== undefined) for (const n of toxDeps(tox)) add(n);
      for (const env of ['environment.yml', 'environment.yaml']) {
        const text = at(env);
        if (text !== undefined) for (const n of condaEnvironmentNames(text)) add(n);
      }
    }
  }
  // a pyproject with dynamic dependencies whose setup.py/setup.cfg is present is not unknown
  for (const dir of unknownDirs) if (setupDirs.has(dir)) unknownDirs.delete(dir);
  if (!manifestDirs.size) return [];

  // The project's own modules: every folder holding Python files and every module file, anywhere.
  const local = new Set<string>();
  for (const s of sources) {
    const parts = s.path.split('/');
    for (let k = 0; k < parts.length - 1; k++) local.add(parts[k]!);
    local.add(parts[parts.length - 1]!.replace(/\.pyw?$/, ''));
  }
  const probed = new Map<string, boolean>();
  const onDisk = (dir: string, name: string): boolean => {
    if (!options.root) return false;
    const key = `${dir}\u0000${name}`;
    let hit = probed.get(key);
    if (hit === undefined) {
      hit = false;
      for (const candidate of [name, `${name}.py`, `${name}.pyi`, `${name}.pyx`, `${name}.so`, `${name}.pyd`]) {
        try {
          lstatSync(join(options.root, dir, candidate));
          hit = true;
          break;
        } catch { /* absent */ }
      }
      probed.set(key, hit);
    }
    return hit;
  };
  const isLocal = (file: string, name: string): boolean => {
    if (local.has(name)) return true;
    // files the scan skipped or excluded still shadow: look beside the importer, up to the root, and in src/
    for (let dir = dirOf(file); ; dir = dirOf(dir)) {
      if (onDisk(dir, name) || onDisk(dir ? `${dir}/src` : 'src', name)) return true;
      if (!dir) return false;
    }
  };
  const provided = new Set<string>();
  for (const [parent, modules] of Object.entries(PROVIDED_BY)) if (declared.has(normalizePypi(parent))) for (const m of modules) provided.add(m);
  // Import names a declared distribution plausibly provides when they differ from its name:
  // its hyphen-separated words (`django-registration-redux` → registration), `dj` + a word
  // (`django-money` → djmoney) and the words run together (`django-rest-auth` → djangorestauth).
  const plugins = [...declared];
  const provides = new Set<string>();
  for (const d of plugins) {
    const words = d.split('-').filter((w) => w.length >= 2);
    for (const w of words) { provides.add(w); provides.add(`dj${w}`); }
    provides.add(words.join(''));
    provides.add(words.filter((w) => w !== 'python' && w !== 'py').join(''));
  }
  const isDeclared = (imp: { module: string; top: string }): boolean => {
    const parts = imp.module.split('.');
    for (let k = parts.length; k >= 1; k--) {
      const prefix = parts.slice(0, k).join('.');
      if (declared.has(normalizePypi(prefix))) return true;
      for (const dist of IMPORT_TO_DISTRIBUTIONS[prefix] ?? []) if (declared.has(normalizePypi(dist))) return true;
    }
    const top = normalizePypi(imp.top);
    for (const candidate of [`python-${top}`, `py${top}`, `${top}-python`, `${top}-py`, `py-${top}`]) if (declared.has(candidate)) return true;
    // `flask-cors` needs flask; `google-cloud-storage` provides google.*; `azure-*` provides azure.*
    if (provides.has(top) || provides.has(top.replace(/-/g, ''))) return true;
    return plugins.some((d) => d.startsWith(`${top}-`) || d.endsWith(`-${top}`));
  };

  const out: RawFinding[] = [];
  for (const s of sources) {
    if (TEST_INPUT.test(s.path) || basename(s.path) === 'setup.py') continue;
    const dirs = ancestors(dirOf(s.path));
    if (!dirs.some((d) => manifestDirs.has(d)) || dirs.some((d) => unknownDirs.has(d))) continue;
    if (s.text.indexOf('import') === -1) continue;
    const lines = s.text.split('\n');
    const reported = new Set<string>();
    for (const imp of pythonImports(s.text)) {
      // optional (ImportError handled) and path-dependent imports (in a function, under an `if`) are by design
      if (imp.optional || imp.conditional || reported.has(imp.top) || provided.has(imp.top)) continue;
      if (PYTHON_STDLIB_MODULES.has(imp.top) || PYTHON2_STDLIB_MODULES.has(imp.top) || imp.top === '__main__') continue;
      if (isDeclared(imp) || isLocal(s.path, imp.top)) continue;
      reported.add(imp.top);
      const mapped = IMPORT_TO_DISTRIBUTIONS[imp.top]?.[0] ?? Object.entries(IMPORT_TO_DISTRIBUTIONS).find(([k]) => imp.module === k || imp.module.startsWith(`${k}.`))?.[1][0];
      const dist = mapped ?? imp.top.replace(/_/g, '-');
      const missing = options.names ? !options.names.pypiExists(dist) : false;
      const text = (lines[imp.line - 1] ?? '').replace(/\r$/, '');
      const start = text.length - text.trimStart().length;
      out.push({
        ruleId: 'dependencies/phantom-import',
        location: { path: s.path, startLine: imp.line, startColumn: start + 1, endLine: imp.line, endColumn: text.length + 1 },
        identity: `phantom:pypi:${imp.top}`,
        package: { ecosystem: 'PyPI', name: dist },
        message: `imports ${imp.top}${mapped ? ` (installed by the PyPI package ${mapped})` : ''}, which no Python manifest of the project declares and which is neither the standard library nor a module of the project${missing ? `; no PyPI project is named ${dist} either (registry index of ${options.names!.meta.date}), so unless a declared package provides it under another name, the name may be invented` : ''}: check the package exists and is the one you mean before installing it, then declare it.`,
        properties: { module: imp.module, ...(mapped ? { distribution: mapped } : {}) },
      });
    }
  }
  return out;
}

/** A manifest's project folder: `requirements/base.txt` belongs to the folder holding `requirements/`. */
function projectDirOf(path: string): string {
  const dir = dirOf(path);
  return /^(requirements|reqs)$/i.test(basename(dir)) ? dirOf(dir) : dir;
}

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `a/b` → `['a/b', 'a', '']`: the folder and every folder above it up to the root. */
function ancestors(dir: string): string[] {
  const out = [dir];
  while (dir) {
    dir = dirOf(dir);
    out.push(dir);
  }
  return out;
}

function textOf(read: ReturnType<typeof readInsideRoot>): string | undefined {
  return 'text' in read ? read.text : undefined;
}

/** What pyproject.toml says beyond dependencies: build requirements, and whether dependencies are dynamic. */
function pyprojectExtras(text: string): { names: string[]; dynamicDependencies: boolean; dependencyFiles: string[] } {
  const out = { names: [] as string[], dynamicDependencies: false, dependencyFiles: [] as string[] };
  const { doc } = parseToml(text);
  if (!doc) return out;
  const build = isRecord(doc['build-system']) ? doc['build-system']['requires'] : undefined;
  if (Array.isArray(build)) for (const r of build) if (typeof r === 'string') { const req = parsePep508(r); if (req) out.names.push(req.name); }
  // development environments of PDM, Hatch, uv and Rye: what tests and tools import
  const tool = isRecord(doc['tool']) ? doc['tool'] : undefined;
  const requirementList = (list: unknown) => {
    if (Array.isArray(list)) for (const r of list) if (typeof r === 'string') { const req = parsePep508(r); if (req) out.names.push(req.name); }
  };
  const pdm = tool && isRecord(tool['pdm']) ? tool['pdm'] : undefined;
  if (pdm && isRecord(pdm['dev-dependencies'])) for (const list of Object.values(pdm['dev-dependencies'])) requirementList(list);
  const hatchEnvs = tool && isRecord(tool['hatch']) && isRecord(tool['hatch']['envs']) ? tool['hatch']['envs'] : undefined;
  if (hatchEnvs) for (const env of Object.values(hatchEnvs)) if (isRecord(env)) { requirementList(env['dependencies']); requirementList(env['extra-dependencies']); }
  for (const name of ['uv', 'rye']) {
    const t = tool && isRecord(tool[name]) ? tool[name] : undefined;
    if (t) requirementList(t['dev-dependencies']);
  }
  const project = isRecord(doc['project']) ? doc['project'] : undefined;
  const dynamic = project?.['dynamic'];
  if (Array.isArray(dynamic) && dynamic.includes('dependencies')) {
    out.dynamicDependencies = true;
    const setuptools = tool && isRecord(tool['setuptools']) ? tool['setuptools'] : undefined;
    const dyn = setuptools && isRecord(setuptools['dynamic']) ? setuptools['dynamic'] : undefined;
    for (const key of ['dependencies', 'optional-dependencies']) {
      const entry = dyn?.[key];
      const collect = (e: unknown) => {
        if (!isRecord(e)) return;
        const file = e['file'];
        if (typeof file === 'string') out.dependencyFiles.push(file);
        else if (Array.isArray(file)) for (const f of file) if (typeof f === 'string') out.dependencyFiles.push(f);
      };
      if (key === 'dependencies') collect(entry);
      else if (isRecord(entry)) for (const v of Object.values(entry)) collect(v);
    }
    // hatch-requirements-txt and similar plugins name their files too
    const hatch = tool && isRecord(tool['hatch']) && isRecord(tool['hatch']['metadata']) && isRecord(tool['hatch']['metadata']['hooks']) ? tool['hatch']['metadata']['hooks'] : undefined;
    const reqTxt = hatch && isRecord(hatch['requirements_txt']) ? hatch['requirements_txt']['files'] : undefined;
    if (Array.isArray(reqTxt)) for (const f of reqTxt) if (typeof f === 'string') out.dependencyFiles.push(f);
  }
  return out;
}

/** setup.cfg `[options] install_requires/tests_require/setup_requires` and `[options.extras_require]`, one requirement a line. */
export function setupCfgRequirements(text: string): { names: string[]; declares: boolean } {
  const names: string[] = [];
  let declares = false;
  let section = '';
  let collecting = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
      section = trimmed.slice(1, -1).trim().toLowerCase();
      collecting = false;
      continue;
    }
    const indented = /^\s/.test(line);
    let value: string | undefined;
    if (!indented) {
      const eq = trimmed.search(/[=:]/);
      if (eq === -1) { collecting = false; continue; }
      const key = trimmed.slice(0, eq).trim().toLowerCase();
      collecting = (section === 'options' && ['install_requires', 'tests_require', 'setup_requires'].includes(key)) || section === 'options.extras_require';
      if (section === 'options' && key === 'install_requires') declares = true;
      value = trimmed.slice(eq + 1).trim();
    } else if (collecting) value = trimmed;
    if (!collecting || !value) continue;
    for (const item of value.split(/[,]/)) {
      const req = parsePep508(item.trim());
      if (req) names.push(req.name);
    }
  }
  return { names, declares };
}

/** tox.ini `deps =` of every test environment (continuation lines indented, `-r file` lines skipped). */
export function toxDeps(text: string): string[] {
  const names: string[] = [];
  let collecting = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    if (trimmed.startsWith('[')) { collecting = false; continue; }
    let value: string | undefined;
    if (!/^\s/.test(line)) {
      const eq = trimmed.indexOf('=');
      collecting = eq !== -1 && trimmed.slice(0, eq).trim() === 'deps';
      value = collecting ? trimmed.slice(eq + 1).trim() : undefined;
    } else if (collecting) value = trimmed;
    if (!value || value.startsWith('-')) continue;
    // `{[testenv]deps}` substitutions and `py38: pkg` factor prefixes
    const item = value.replace(/^[\w,.-]{1,60}:\s+/, '');
    const req = item.startsWith('{') ? undefined : parsePep508(item);
    if (req) names.push(req.name);
  }
  return names;
}

/** conda environment.yml `dependencies:` (`- numpy=1.26`, and `- pip:` entries below it). */
export function condaEnvironmentNames(text: string): string[] {
  const names: string[] = [];
  let inDeps = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (/^\S/.test(line)) { inDeps = /^dependencies\s*:/.test(line); continue; }
    if (!inDeps) continue;
    const m = /^\s{0,40}-\s{0,10}([A-Za-z0-9][A-Za-z0-9._-]{0,100})/.exec(line);
    if (m && m[1] !== 'pip') names.push(m[1]!);
  }
  return names;
}

/** Contents of every string literal of a Python file, by one linear scan (prefixes and triple quotes included). */
export function stringLiterals(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < 10_000) {
    const c = text[i];
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
      continue;
    }
    if (c !== '"' && c !== "'") { i++; continue; }
    const triple = text[i + 1] === c && text[i + 2] === c;
    const quote = triple ? c.repeat(3) : c;
    const start = i + quote.length;
    let j = start;
    while (j < n) {
      if (text[j] === '\\') { j += 2; continue; }
      if (!triple && text[j] === '\n') break;
      if (text.startsWith(quote, j)) break;
      j++;
    }
    out.push(text.slice(start, Math.min(j, n)));
    i = j + quote.length;
  }
  return out;
}
