const fs = require('fs');
// ruleid: code/javascript/chmod-world-writable
fs.chmodSync('/srv/app/config.json', 0o777);
// ok: code/javascript/chmod-world-writable
fs.chmodSync('/srv/app/config.json', 0o600);
