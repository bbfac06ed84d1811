import type { RuleMeta } from '../../../core/rule.js';

export const meta: RuleMeta = {
  id: 'dependencies/stdlib-shadowing',
  title: 'Dependency named like a standard-library module',
  description: 'The manifest declares a registry package whose name is a module of the language runtime (Python standard library, Node builtins). The runtime already provides it; the registry package is an obsolete backport, a placeholder, or an impostor waiting for this mistake.',
  severity: 'medium',
  confidence: 'medium',
  cwe: ['CWE-1357', 'CWE-427'],
  owasp: ['A06:2021'],
  remediation: 'Remove the dependency and use the built-in module.',
  references: ['https://docs.python.org/3/py-modindex.html', 'https://nodejs.org/api/modules.html#built-in-modules'],
};

/** Python 3.11 `sys.stdlib_module_names` (public names; private and platform-internal ones left out). */
export const PYTHON_STDLIB: ReadonlySet<string> = new Set('abc aifc argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix pprint profile pstats pty pwd py_compile pyclbr pydoc pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo'.split(' '));

/** Node builtins whose npm names are placeholders or unrelated packages; browser polyfills (events, buffer, util…) are left out. */
export const NODE_BUILTIN_PLACEHOLDERS: ReadonlySet<string> = new Set(['crypto', 'fs', 'child_process', 'net', 'tls', 'dns', 'cluster', 'readline', 'worker_threads', 'http2', 'perf_hooks', 'inspector', 'async_hooks', 'module', 'v8', 'dgram', 'repl']);
