const http = require('http');
const { exec } = require('child_process');

http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const { cmd } = JSON.parse(body);
// ruleid: code/javascript/command-injection
    exec('run ' + cmd);
    let count = 0;
    count += 1;
// ok: code/javascript/command-injection
    exec('uptime ' + String(count > 0 ? 1 : 0));
    res.end('ok');
  });
}).listen(8080);
