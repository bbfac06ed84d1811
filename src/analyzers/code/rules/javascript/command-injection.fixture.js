const { exec, execFile } = require('child_process');
app.get('/ping', (req, res) => {
  const host = req.query.host;
// ruleid: code/javascript/command-injection
  exec('ping -c 1 ' + host, (err, out) => res.send('done'));
// ok: code/javascript/command-injection
  execFile('ping', ['-c', '1', host], (err, out) => res.send('done'));
// ok: code/javascript/command-injection
  exec('uptime', (err, out) => res.send('done'));
});
