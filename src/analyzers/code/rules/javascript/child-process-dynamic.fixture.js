const { exec } = require('child_process');
function archive(dir) {
// ruleid: code/javascript/child-process-dynamic
  exec(dir.command);
}
// ok: code/javascript/child-process-dynamic
exec('ls -la');
