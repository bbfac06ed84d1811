const fs = require('fs');
const path = require('path');

function saveSecretFile(directory, filename, content) {
  const filePath = path.join(directory, filename);
  fs.writeFileSync(filePath, content);
// ruleid: code/javascript/sensitive-file-permissions
  fs.chmodSync(filePath, 0o660);
}

function storeToken(token) {
  const tokenPath = path.join(os.homedir(), '.mycli', 'token.json');
// ruleid: code/javascript/sensitive-file-permissions
  fs.writeFileSync(tokenPath, JSON.stringify({ token }), { mode: 0o644 });
// ok: code/javascript/sensitive-file-permissions
  fs.writeFileSync(tokenPath, JSON.stringify({ token }), { mode: 0o600 });
}

// ruleid: code/javascript/sensitive-file-permissions
fs.chmod('/etc/app/private.pem', '640', done);

function savePrivateKey(keyPath, pem) {
// ok: code/javascript/sensitive-file-permissions
  fs.writeFileSync(keyPath, pem, { mode: 0o600 });
}

function publishReport(outDir, html) {
  // Not a secret: a public report may be world-readable.
// ok: code/javascript/sensitive-file-permissions
  fs.writeFileSync(path.join(outDir, 'report.html'), html, { mode: 0o644 });
// ok: code/javascript/sensitive-file-permissions
  fs.chmodSync(path.join(outDir, 'run.sh'), 0o755);
}
