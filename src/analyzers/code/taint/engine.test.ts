import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzerContext } from '../../../core/analyzer.js';
import type { RawFinding } from '../../../core/finding.js';
import { analyzer } from '../analyzer.js';
import { assertNearLinear } from '../../../testing/complexity.js';
import { hasSourceMarker } from './engine.js';

const context = { root: '/', config: {}, options: {}, isRuleEnabled: () => true, count() {}, time() {} } as unknown as AnalyzerContext;

async function scan(path: string, text: string): Promise<RawFinding[]> {
  const result = await analyzer.analyzeFile!({ path, type: { kind: 'source', language: path.endsWith('.py') ? 'python' : 'javascript' }, sizeBytes: text.length, text }, context);
  assert.equal(result.issues?.length ?? 0, 0, JSON.stringify(result.issues));
  return [...result.findings];
}

const js = (body: string) => `const { exec } = require('child_process');\n${body}\n`;
const rule = (fs: RawFinding[], id: string) => fs.filter((f) => f.ruleId === id);

describe('taint engine: JavaScript', () => {
  it('follows aliases through several assignments and destructuring', async () => {
    const fs = await scan('a.js', js(`app.get('/', (req, res) => {\n  const { host } = req.query;\n  const a = host;\n  let b = a;\n  exec('ping ' + b);\n});`));
    const hits = rule(fs, 'code/javascript/command-injection');
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.location.startLine, 6);
    assert.equal(hits[0]!.confidence, undefined, 'request-sourced flows keep the rule confidence (high)');
  });

  it('reassignment with a constant kills taint', async () => {
    const fs = await scan('a.js', js(`app.get('/', (req, res) => {\n  let cmd = req.query.cmd;\n  cmd = 'uptime';\n  exec(cmd);\n});`));
    assert.deepEqual(rule(fs, 'code/javascript/command-injection'), []);
  });

  it('a sink fed by a constant is not a finding', async () => {
    const fs = await scan('a.js', `app.get('/', (req, res) => { db.query('SELECT 1'); res.send('ok'); });`);
    assert.deepEqual(fs, []);
  });

  it('type coercion and escaping sanitize; escaping only for its own sink family', async () => {
    const fs = await scan('a.js', `const escapeHtml = require('escape-html');\napp.get('/', (req, res) => {\n  const n = Number(req.query.n);\n  db.query('SELECT * FROM t LIMIT ' + n);\n  const e = escapeHtml(req.query.q);\n  res.send('<p>' + e + '</p>');\n  db.query("SELECT * FROM t WHERE a = '" + e + "'");\n});`);
    assert.deepEqual(fs.map((f) => [f.ruleId, f.location.startLine]), [['code/javascript/sql-injection', 7]]);
  });

  it('taint flows into a local function that sinks (argument direction)', async () => {
    const fs = await scan('a.js', js(`function run(c) {\n  exec(c);\n}\napp.get('/', (req, res) => {\n  run(req.query.c);\n});`));
    const hits = rule(fs, 'code/javascript/command-injection');
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.location.startLine, 3);
    const trace = hits[0]!.trace!;
    assert.equal(trace[0]!.kind, 'source');
    assert.equal(trace[0]!.location.startLine, 6);
    assert.ok(trace.some((s) => s.message.includes('passed to run()')));
    assert.equal(trace[trace.length - 1]!.kind, 'sink');
  });

  it('taint flows out of a local function through its return value', async () => {
    const fs = await scan('a.js', js(`function getName(q) {\n  return q.name.trim();\n}\nfunction wrap(x) {\n  return 'echo ' + x;\n}\napp.get('/', (req, res) => {\n  exec(wrap(getName(req.query)));\n  exec(wrap('safe'));\n});`));
    const lines = rule(fs, 'code/javascript/command-injection').map((f) => f.location.startLine);
    assert.deepEqual(lines, [9]);
  });

  it('a parameter of unknown origin is medium confidence at most, and only when a string is built', async () => {
    const fs = await scan('a.js', `function find(db, name) {\n  return db.query("SELECT * FROM u WHERE n = '" + name + "'");\n}\nfunction pass(db, sql) {\n  return db.query(sql);\n}`);
    const hits = rule(fs, 'code/javascript/sql-injection');
    assert.deepEqual(hits.map((f) => [f.location.startLine, f.confidence]), [[2, 'medium']]);
  });

  it('containers and method chains carry taint', async () => {
    const fs = await scan('a.js', js(`app.post('/', (req, res) => {\n  const parts = [];\n  parts.push(req.body.arg);\n  exec(parts.join(' ').trim());\n  const opts = { ...req.body };\n  exec(\`run \${opts.x}\`);\n});`));
    assert.deepEqual(rule(fs, 'code/javascript/command-injection').map((f) => f.location.startLine), [5, 7]);
  });
});

describe('taint engine: Python', () => {
  it('f-strings, % and .format propagate; shlex.quote sanitizes', async () => {
    const fs = await scan('a.py', `import os, shlex\nfrom flask import request\ndef view():\n    h = request.args.get("h")\n    os.system(f"ping {h}")\n    os.system("ping %s" % h)\n    os.system("ping {}".format(h))\n    os.system("ping " + shlex.quote(h))\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [5, 6, 7]);
  });

  it('int() kills taint and reassignment from a constant kills taint', async () => {
    const fs = await scan('a.py', `from flask import request\ndef view(cur):\n    n = int(request.args["n"])\n    cur.execute("SELECT * FROM t LIMIT %d" % n)\n    q = request.args["q"]\n    q = "x"\n    cur.execute("SELECT * FROM t WHERE a = '%s'" % q)\n`);
    assert.deepEqual(rule(fs, 'code/python/sql-injection'), []);
  });

  it('FastAPI route parameters are request data', async () => {
    const fs = await scan('a.py', `import os\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get("/run")\ndef run(cmd: str):\n    os.system(cmd)\n`);
    const hits = rule(fs, 'code/python/command-injection');
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.confidence, undefined);
  });

  it('cross-function flows both ways within a file', async () => {
    const fs = await scan('a.py', `import subprocess\nfrom flask import request\ndef arg():\n    return request.form["a"]\ndef sink(x):\n    subprocess.call("echo " + x, shell=True)\ndef view():\n    sink(arg())\n`);
    const hits = rule(fs, 'code/python/command-injection');
    assert.ok(hits.some((f) => f.location.startLine === 6 && f.confidence === undefined), JSON.stringify(hits.map((h) => [h.location.startLine, h.confidence])));
  });

  it('CLI and environment sources are low confidence', async () => {
    const fs = await scan('a.py', `import os, sys\nos.system("ls " + sys.argv[1])\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.confidence), ['low']);
  });

  it('malformed input does not throw and still yields a result', async () => {
    const fs = await scan('a.py', `def broken(:\n    os.system(request.args["x"]\n\x00\x01`);
    assert.ok(Array.isArray(fs));
  });
});

describe('taint engine: control flow', () => {
  it('a negated validation guard that leaves the function sanitizes; an equality early-return does not', async () => {
    const fs = await scan('a.py', `from flask import request, redirect\ndef a():\n    u = request.args["u"]\n    if not u.startswith("/"):\n        return "bad"\n    return redirect(u)\ndef b():\n    u = request.args["u"]\n    if u == "x":\n        return "x"\n    return redirect(u)\n`);
    assert.deepEqual(rule(fs, 'code/python/open-redirect').map((f) => f.location.startLine), [11]);
  });

  it('branches join: taint from either arm survives; a constant condition prunes the dead arm', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import request\ndef a():\n    p = request.args["p"]\n    if len(p) > 3:\n        v = p\n    else:\n        v = "x"\n    os.system("ls " + v)\ndef b():\n    p = request.args["p"]\n    num = 106\n    v = "safe" if 7 * 18 + num > 200 else p\n    os.system("ls " + v)\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [9]);
  });

  it('follows receiver aliases and iterator callbacks', async () => {
    const fs = await scan('a.js', `app.get('/', (req, res) => {\n  const writer = res;\n  writer.write(req.query.a);\n  Object.values(req.query).forEach((v) => res.write(v));\n});`);
    assert.deepEqual(rule(fs, 'code/javascript/reflected-xss').map((f) => f.location.startLine), [3, 4]);
  });
});

describe('taint engine: containers and proven-safe sinks', () => {
  it('lists are tracked per index through literals, append and pop', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import request\ndef a():\n    p = request.args["p"]\n    l = [p, "safe"]\n    os.system("ls " + l[1])\n    os.system("ls " + l[0])\ndef b():\n    p = request.args["p"]\n    l = []\n    l.append("safe")\n    l.append(p)\n    l.append("more")\n    l.pop(0)\n    os.system("ls " + l[1])\n    os.system("ls " + l[-2])\ndef c():\n    p = request.args["p"]\n    l = ["safe", "x"]\n    l.insert(0, p)\n    os.system("ls " + l[1])\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [7, 16, 21]);
  });

  it('literal keys written with .set and read with .get are field-sensitive; a computed key makes the container imprecise', async () => {
    const fs = await scan('a.py', `import os, configparser\nfrom flask import request\ndef a():\n    p = request.args["p"]\n    conf = configparser.ConfigParser()\n    conf.set("s", "a", "safe")\n    conf.set("s", "b", p)\n    os.system("ls " + conf.get("s", "a"))\n    os.system("ls " + conf.get("s", "b"))\ndef b():\n    p = request.args["p"]\n    d = {}\n    d["a"] = "safe"\n    d[p] = p\n    os.system("ls " + d.get("a"))\ndef c():\n    d = request.args.to_dict()\n    os.system("ls " + d.get("name", "x"))\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [9, 15, 18]);
  });

  it('an eval the engine proves constant or validated is not reported by the coarse pattern rule; an unknown one is', async () => {
    const fs = await scan('a.py', `from flask import request\ndef a():\n    p = request.args["p"]\n    num = 86\n    if 7 * 42 - num > 200:\n        bar = "1 + 1"\n    else:\n        bar = p\n    return str(eval(bar))\ndef b():\n    p = request.args["p"]\n    if not p.startswith("'") or not p.endswith("'") or "'" in p[1:-1]:\n        return "bad"\n    return eval(p)\ndef c(expr):\n    return eval(expr)\ndef d():\n    p = request.args["p"]\n    if p:\n        code = "1"\n    else:\n        code = load()\n    return eval(code)\n`);
    assert.deepEqual(fs.filter((f) => f.ruleId.includes('eval') || f.ruleId.includes('code-injection')).map((f) => [f.ruleId, f.location.startLine]), [['code/python/eval-dynamic', 16], ['code/python/eval-dynamic', 23]]);
  });

  it('rejecting ".." before building a path clears path traversal only', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import request\ndef a():\n    name = request.args["f"]\n    if "../" in name:\n        return "no"\n    open(f"/srv/files/{name}")\n    os.system("cat " + name)\ndef b():\n    name = request.args["f"]\n    if "../" in name and len(name) > 3:\n        return "no"\n    open(f"/srv/files/{name}")\n`);
    assert.deepEqual(fs.filter((f) => f.ruleId.startsWith('code/python/path-traversal') || f.ruleId === 'code/python/command-injection').map((f) => [f.ruleId, f.location.startLine]), [['code/python/command-injection', 8], ['code/python/path-traversal', 13]]);
  });

  it('a shell=True call with a command built only from constants is not reported', async () => {
    const fs = await scan('a.py', `import subprocess, platform, shlex\nfrom flask import request\ndef a():\n    cmd = ""\n    if platform.system() == "Windows":\n        cmd = "cmd.exe /c "\n    else:\n        cmd = "sh -c "\n    cmd += "echo hi"\n    subprocess.run(cmd, shell=True)\ndef b(user_cmd):\n    subprocess.run(user_cmd, shell=True)\ndef c():\n    subprocess.run("ls " + shlex.quote(request.args["d"]), shell=True)\n`);
    assert.deepEqual(fs.filter((f) => f.ruleId === 'code/python/subprocess-shell-true' || f.ruleId === 'code/python/command-injection').map((f) => f.location.startLine), [12]);
  });
});

describe('taint engine: constant selection', () => {
  it('a match on a constant subject runs only the selected case', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import request\ndef a():\n    p = request.args["p"]\n    guess = "ABC"[1]\n    match guess:\n        case "A":\n            v = p\n        case "B":\n            v = "safe"\n        case _:\n            v = p\n    os.system("ls " + v)\ndef b():\n    p = request.args["p"]\n    guess = "ABC"[2]\n    match guess:\n        case "A":\n            v = "safe"\n        case "C" | "D":\n            v = p\n        case _:\n            v = "safe"\n    os.system("ls " + v)\ndef c(kind):\n    p = request.args["p"]\n    match kind:\n        case "A":\n            v = "safe"\n        case _:\n            v = p\n    os.system("ls " + v)\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [24, 32]);
  });

  it('XXE is reported where request data meets an entity-resolving parser, and the configuration alone stays quiet when every parse is fed a constant', async () => {
    const head = `import xml.sax, xml.sax.handler, xml.dom.minidom\nfrom flask import request\ndef view():\n    parser = xml.sax.make_parser()\n    parser.setFeature(xml.sax.handler.feature_external_ges, True)\n`;
    const tainted = await scan('a.py', `${head}    return str(xml.dom.minidom.parseString(request.data, parser))\n`);
    assert.deepEqual(tainted.map((f) => f.ruleId).sort(), ['code/python/xxe-enabled', 'code/python/xxe-injection']);
    const constant = await scan('a.py', `${head}    return str(xml.dom.minidom.parseString("<a/>", parser))\n`);
    assert.deepEqual(constant.map((f) => f.ruleId), []);
  });
});

describe('taint engine: Flask route context', () => {
  it('request.path is fixed in a handler of static routes only', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route("/reports/daily", methods=["POST"])\ndef daily():\n    section = request.path.split("/")[1]\n    os.system("ls " + section)\n    return "ok"\n@app.route("/files/<path:name>")\ndef files(name):\n    os.system("ls " + request.path)\n    return "ok"\n@app.before_request\ndef hook():\n    os.system("ls " + request.path)\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [11, 15]);
  });
});

describe('taint engine: character-level checks', () => {
  it('rejecting or replacing a metacharacter clears only the sinks where it is the attack', async () => {
    const fs = await scan('a.py', `import os, lxml.etree\nfrom flask import request\ndef a(tree):\n    q = request.args["q"]\n    if "'" in q or len(q) > 40:\n        return "bad"\n    tree.xpath(f"//u[@n='{q}']")\n    os.system("grep " + q)\ndef b(tree):\n    q = request.args["q"].replace("'", "&apos;")\n    tree.xpath(f"//u[@n='{q}']")\ndef c(tree):\n    q = request.args["q"].replace("'", "''")\n    tree.xpath(f"//u[@n='{q}']")\n`);
    assert.deepEqual(fs.filter((f) => f.ruleId === 'code/python/xpath-injection' || f.ruleId === 'code/python/command-injection').map((f) => [f.ruleId, f.location.startLine]), [['code/python/command-injection', 8], ['code/python/xpath-injection', 14]]);
  });
});

describe('taint engine: class fields', () => {
  it('a request value stored on self in one method reaches a sink in another; parameters of unknown origin do not', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import request\nclass Job:\n    def __init__(self, label):\n        self.target = request.args["t"]\n        self.label = label\n        self.mode = "fast"\n    def run(self):\n        os.system("ping " + self.target)\n        os.system("echo " + self.mode)\n        os.system(self.label)\nclass Other:\n    def run(self):\n        os.system("ping " + self.target)\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => [f.location.startLine, f.confidence]), [[9, undefined]]);
  });
});

describe('taint engine: path-sensitive validation', () => {
  it('inside a branch guarded by a positive validation the value is safe; a non-empty check or an `or` is not validation', async () => {
    const fs = await scan('a.py', `import os, re\nfrom flask import request, abort\ndef a():\n    name = request.args["n"]\n    if re.fullmatch(r"[a-z]{1,20}", name):\n        os.system("ls " + name)\n    os.system("ls " + name)\ndef b():\n    name = request.args["n"]\n    if name != "":\n        os.system("ls " + name)\ndef c():\n    mode = request.args["m"]\n    if mode in ("fast", "slow"):\n        os.system("run --" + mode)\n    if mode == "fast" or len(mode) > 2:\n        os.system("run --" + mode)\ndef d():\n    path = request.args["p"]\n    if not is_safe_path(path):\n        abort(403)\n    os.system("cat " + path)\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [7, 11, 17]);
  });
});

describe('taint engine: what a check checks', () => {
  it('length and type checks do not validate a value; a resolved-path root check does', async () => {
    const fs = await scan('a.py', `import os\nfrom pathlib import Path\nfrom flask import request\nROOT = Path("/srv/files")\ndef a():\n    name = request.args["n"]\n    if len(name) == 1:\n        os.system("ls " + name)\n    if len(name) != 3:\n        return "bad"\n    os.system("ls " + name)\ndef b():\n    p = (ROOT / request.args["n"]).resolve()\n    if not str(p).startswith(str(ROOT)):\n        return "bad"\n    return p.read_text()\n`);
    assert.deepEqual(fs.filter((f) => f.ruleId === 'code/python/command-injection' || f.ruleId === 'code/python/path-traversal').map((f) => [f.ruleId, f.location.startLine]), [['code/python/command-injection', 8], ['code/python/command-injection', 11]]);
  });
});

describe('taint engine: which values a check covers', () => {
  it('checking one part of a value does not validate another part; checking a parsed view validates the value', async () => {
    const fs = await scan('a.py', `import os, subprocess\nfrom urllib.parse import urlparse\nfrom flask import request, redirect\ndef a():\n    filename = request.args["f"]\n    stem, ext = os.path.splitext(filename)\n    if ext == ".gz":\n        subprocess.check_call("gzip -cd %s" % stem, shell=True)\ndef b():\n    target = request.args["next"]\n    u = urlparse(target)\n    if u.netloc not in ["example.com"] or u.scheme != "https":\n        return "bad"\n    return redirect(target)\n`);
    assert.deepEqual(fs.filter((f) => f.ruleId === 'code/python/command-injection' || f.ruleId === 'code/python/open-redirect').map((f) => [f.ruleId, f.location.startLine]), [['code/python/command-injection', 8]]);
  });
});

describe('taint engine: helpers calling helpers', () => {
  it('request data reaches a sink two local calls deep, with the whole path in the trace', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import request\ndef run(cmd):\n    os.system(cmd)\ndef ping(host):\n    run("ping " + host)\ndef uptime():\n    run("uptime")\ndef view():\n    ping(request.args["h"])\n    uptime()\n`);
    const hits = rule(fs, 'code/python/command-injection');
    assert.deepEqual(hits.map((f) => [f.location.startLine, f.confidence]), [[4, undefined]]);
    const steps = hits[0]!.trace!.map((s) => s.message);
    assert.ok(steps.includes('passed to ping()') && steps.includes('passed to run()'), steps.join(' / '));
  });
});

describe('taint engine: Python aliasing and strong updates', () => {
  it('follows copies, tuple unpacking and containers; a clean reassignment kills taint, a branch-local one does not', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import request\ndef a():\n    p = request.form["p"]\n    q = p\n    r, s = q, "x"\n    os.system("ls " + r)\n    os.system("ls " + s)\ndef b():\n    p = request.form["p"]\n    p = "fixed"\n    os.system("ls " + p)\ndef c():\n    p = request.form["p"]\n    for _ in range(3):\n        p = "fixed"\n    os.system("ls " + p)\ndef d():\n    opts = {"dir": request.form["d"]}\n    os.system("ls " + opts["dir"])\ndef e():\n    a, b = request.form["a"], "safe"\n    a, b = b, a\n    os.system("ls " + a)\n    os.system("ls " + b)\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [7, 17, 20, 25]);
  });
});

describe('taint engine: data read through the Flask request object', () => {
  it('an unknown function given the whole request returns request data; context-only helpers do not', async () => {
    const fs = await scan('a.py', `import os\nfrom flask import request, render_template\nfrom helpers import RequestView, audit\ndef a():\n    view = RequestView(request)\n    os.system("ls " + view.param("dir"))\ndef b():\n    page = render_template("x.html", request=request)\n    audit(request)\n    os.system("ls " + str(len(page)))\n`);
    assert.deepEqual(rule(fs, 'code/python/command-injection').map((f) => f.location.startLine), [6]);
  });
});

describe('taint engine: hostile shapes', () => {
  it('huge literal lists, deep nesting and long match statements finish quickly without issues', async () => {
    const nested = `${'('.repeat(400)}p${')'.repeat(400)}`;
    // n list items and n/16 match cases; the 400 parentheses stay: their point is the recorded issue below.
    const text = (n: number) => {
      const items = Array.from({ length: n }, (_, i) => `"v${i}"`).join(', ');
      const cases = Array.from({ length: Math.floor(n / 16) }, (_, i) => `        case "c${i}":\n            v = "x${i}"`).join('\n');
      return `import os\nfrom flask import request\ndef a():\n    p = request.args["p"]\n    l = [${items}]\n    l.append(p)\n    os.system("ls " + l[5000])\n    q = ${nested}\n    os.system("ls " + q)\n    match "c7":\n${cases}\n    os.system("ls " + v)\n`;
    };
    const result = await assertNearLinear('list, nesting, match', 5000, (n) => analyzer.analyzeFile!({ path: 'a.py', type: { kind: 'source', language: 'python' }, sizeBytes: text(n).length, text: text(n) }, context));
    const fs = [...result.findings];
    // The 400 parentheses are deeper than the walk goes: said, not skipped silently.
    assert.deepEqual(result.issues?.map((i) => [i.code, i.line]), [['unresolved', 8]]);
    assert.ok(rule(fs, 'code/python/command-injection').some((f) => f.location.startLine === 7));
  });

  it('a long concatenation that starts with request data is followed past the nesting limit', async () => {
    // `a + b + c` nests one level per term to the left: 70 terms used to hide the first operand.
    const tail = " + 'a'".repeat(70);
    const fs = await scan('a.js', js(`app.get('/', (req, res) => {\n  exec(req.query.x${tail});\n  const r = exec(req.query.y)${tail};\n});`));
    assert.deepEqual(rule(fs, 'code/javascript/command-injection').map((f) => f.location.startLine), [3, 4]);
    const py = await scan('a.py', `from flask import request\nimport os\ndef f():\n    os.system(request.args["x"]${tail})\n`);
    assert.equal(rule(py, 'code/python/command-injection').length, 1);
  });

  it('statements nested past the depth limit are recorded as an issue, not skipped silently', async () => {
    const ifs = Array.from({ length: 90 }, (_, i) => `${'    '.repeat(i + 1)}if x:\n`).join('');
    const text = `from flask import request\nimport os\ndef f():\n    x = request.args["a"]\n${ifs}${'    '.repeat(91)}os.system(x)\n`;
    const result = await analyzer.analyzeFile!({ path: 'a.py', type: { kind: 'source', language: 'python' }, sizeBytes: text.length, text }, context);
    const issue = result.issues?.find((i) => i.code === 'unresolved');
    assert.ok(issue, JSON.stringify(result.issues));
    assert.ok(issue.line! > 5 && issue.line! <= 96, `line ${issue.line}`);
  });

  it('a run of block comments before the code does not make the use-server test backtrack', async () => {
    // The directive appears later in the file (not first), so the module-start test must fail — quickly.
    const fs = await assertNearLinear('block comments', 50_000, (n) => scan('a.ts', `${'/* c */ '.repeat(n)}\nimport { readFile } from 'fs/promises';\nexport async function load(p: string) { 'use server'; return readFile(p); }\n`));
    assert.equal(rule(fs, 'code/javascript/path-traversal').length, 1, 'a function-level directive still makes a server action');
    const module = await scan('b.ts', `/* a */ // b\n/** c */\n'use server';\nimport { readFile } from 'fs/promises';\nexport async function load(p: string) { return readFile(p); }\n`);
    assert.equal(rule(module, 'code/javascript/path-traversal').length, 1, 'a module directive after comments is recognised');
  });
});

describe('taint engine: helpers with several returns', () => {
  it('a helper that escapes on one path and not on another is unsafe; one that returns JSON or a redirect is not HTML', async () => {
    const fs = await scan('a.py', `from flask import Flask, request, redirect, url_for, jsonify\nfrom markupsafe import escape\napp = Flask(__name__)\ndef show(x):\n    if len(x) > 10:\n        return escape(x)\n    return "<b>" + x + "</b>"\ndef done(x):\n    if x:\n        return jsonify(name=x)\n    return redirect(url_for("index", q=x))\n@app.route("/a")\ndef a():\n    return show(request.args["x"])\n@app.route("/b")\ndef b():\n    return done(request.args["x"])\n`);
    assert.deepEqual(rule(fs, 'code/python/xss').map((f) => f.location.startLine), [14]);
  });
});

describe('taint engine: source markers', () => {
  it('the page location counts as a source marker; the word inside names, paths and prose does not', async () => {
    for (const text of ['const h = location.hash;', 'go(window.location.href)', 'const { search } = location;\n', 'el.innerHTML = document.location.search']) assert.ok(hasSourceMarker('javascript', text), text);
    for (const text of ['this.state.startLocation = pos;', 'import { Position } from "./util/location.ts";', '// report the yield location so callers see it\n', 'node.loc.location = x;']) assert.ok(!hasSourceMarker('javascript', text), text);
    for (const text of ['name = request.args["n"]', 'def view(request):\n', 'key = os.environ["K"]', 'from os import environ\n']) assert.ok(hasSourceMarker('python', text), text);
    for (const text of ['# increase the requested number of terms\n', 'into a tabular environment\n']) assert.ok(!hasSourceMarker('python', text), text);
    const fs = await scan('a.js', 'const q = location.hash.slice(1);\ndocument.body.innerHTML = q;\n');
    assert.ok(fs.some((f) => f.location.startLine === 2), 'DOM XSS from location.hash is still found');
  });
});

describe('taint engine: receiver-bound sinks without request sources', () => {
  it('db.get/all with a parameter-built query are found directly, through a copy and split over lines; a Map get is not walked as SQL', async () => {
    const text = 'function byName(db, name) {\n  return db.get("SELECT * FROM users WHERE name = \'" + name + "\'");\n}\nfunction byId(database, id) {\n  const d = database;\n  return d.all(`SELECT * FROM t WHERE id = ${id}`);\n}\nfunction split(conn, id) {\n  return conn\n    .all("SELECT * FROM t WHERE id = " + id);\n}\nfunction notSql(cache, key) {\n  return cache.get("k" + key);\n}\n';
    assert.deepEqual(rule(await scan('a.js', text), 'code/javascript/sql-injection').map((f) => f.location.startLine), [2, 6, 9]);
  });
});
