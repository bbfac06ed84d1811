/**
 * Top-level module names of the Python standard library, 3.8 to 3.13 (the union, so code for
 * any of those versions resolves). Generated at development time, not at run time:
 *
 *   for v in 3.8 3.9 3.10 3.11 3.12 3.13; do pythonV -c 'import sys; print(*sorted(sys.stdlib_module_names))'; done
 *
 * (3.8 and 3.9 have no sys.stdlib_module_names: their list is sys.builtin_module_names plus
 * pkgutil.iter_modules() over the stdlib and lib-dynload directories), then the union, less the
 * interpreter's own test modules (test, _test*, xx*, _sysconfigdata*), which code never imports.
 * Modules removed in 3.12/3.13 (distutils, imp, asyncore, cgi, telnetlib, …) stay: they were stdlib
 * for the older versions.
 */
export const PYTHON_STDLIB_MODULES: ReadonlySet<string> = new Set(`
__future__ _abc _aix_support _android_support _ast _asyncio _bisect _blake2 _bootlocale
_bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw
_collections _collections_abc _colorize _compat_pickle _compression _contextvars _crypt _csv _ctypes
_curses _curses_panel _datetime _dbm _decimal _dummy_thread _elementtree _frozen_importlib
_frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _interpchannels _interpqueues
_interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec
_multiprocessing _opcode _opcode_metadata _operator _osx_support _overlapped _peg_parser _pickle
_posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _pyrepl _queue _random
_scproxy _sha1 _sha2 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat
_statistics _string _strptime _struct _suggestions _symtable _sysconfig _thread _threading_local
_tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo
abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii
binhex bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop
collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt
csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest dummy_threading
email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch formatter
fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib
heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json
keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap
modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode
operator optparse os ossaudiodev parser pathlib pdb pickle pickletools pipes pkgutil platform
plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data
pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select
selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3
sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau
symbol symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this
threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle
turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser
winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo
`.trim().split(/\s+/));

/**
 * Python 2 standard-library names (renamed or removed by Python 3). Legacy code and
 * `try: import cPickle except ImportError: import pickle` compatibility blocks import them;
 * they are not packages anyone should install.
 */
export const PYTHON2_STDLIB_MODULES: ReadonlySet<string> = new Set(`
__builtin__ BaseHTTPServer CGIHTTPServer ConfigParser Cookie HTMLParser Queue SimpleHTTPServer
SimpleXMLRPCServer SocketServer StringIO Tkinter UserDict UserList UserString anydbm commands
cPickle cStringIO cookielib copy_reg dbhash dummy_thread exceptions htmlentitydefs httplib
md5 mimetools popen2 rfc822 robotparser sets sha thread tkMessageBox urllib2 urlparse whichdb
xmlrpclib
`.trim().split(/\s+/));
