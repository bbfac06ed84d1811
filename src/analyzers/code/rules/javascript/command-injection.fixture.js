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

const util = require('util');
const { spawn } = require('child_process');
const execAsync = util.promisify(exec);
app.post('/convert', async (req, res) => {
// ruleid: code/javascript/command-injection
  const { stdout } = await execAsync(`convert ${req.body.input} out.png`);
// ruleid: code/javascript/command-injection
  const p = spawn('sh', ['-c', `ls ${req.query.dir}`]);
// ok: code/javascript/command-injection
  const q = spawn('ls', ['-la', req.query.dir]);
  res.json({ stdout, p: p.pid, q: q.pid });
});
