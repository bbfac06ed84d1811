import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/path-traversal",
  "title": "Path traversal",
  "description": "A file path built from request data can contain `../` and reach any file the process can read or write.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-22"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "semgrep:python.flask.security.injection.path-traversal-open.path-traversal-open",
    "semgrep:python.django.security.injection.path-traversal.path-traversal-open"
  ],
  "remediation": "Use `werkzeug.utils.secure_filename` or `os.path.basename`, join under a fixed root and check the resolved path stays under it; prefer `send_from_directory`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/22.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "A file system path is built from untrusted data.",
  sinks: [
  {
    "category": "path",
    "calls": [
      "open",
      "io.open",
      "codecs.open",
      "os.open",
      "os.remove",
      "os.unlink",
      "os.rmdir",
      "os.listdir",
      "os.makedirs",
      "os.mkdir",
      "shutil.rmtree",
      "shutil.copy",
      "shutil.copyfile",
      "shutil.move",
      "send_file",
      "flask.send_file",
      "Path",
      "pathlib.Path",
      "FileResponse",
      "fileinput.input",
      "os.rename",
      "os.path.exists",
      "os.path.isfile",
      "os.path.getsize",
      "os.stat"
    ],
    "kwargs": [
      "file",
      "path",
      "filename",
      "path_or_file"
    ]
  },
  {
    // pathlib: `(base / name).read_text()`, `Path(name).open()`: the path object is the receiver.
    "category": "path",
    "methods": ["open", "read_text", "read_bytes", "write_text", "write_bytes", "unlink", "rmdir", "mkdir", "touch", "iterdir", "exists", "is_file", "rename", "symlink_to", "chmod"],
    "receiverArg": true,
    "fileText": "Path"
  }
],
};
