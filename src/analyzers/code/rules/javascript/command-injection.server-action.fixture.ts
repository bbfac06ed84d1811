'use server';
import { exec } from 'child_process';

// Exported from a 'use server' module: the browser calls this with any argument it likes.
export async function ping(host: string) {
// ruleid: code/javascript/command-injection
  exec(`ping -c 1 ${host}`);
}

// Not exported: only reachable from this module's own code.
async function uptime(flag: string) {
// ok: code/javascript/command-injection
  exec('uptime ' + (flag === '-p' ? '-p' : ''));
}

export async function status() {
  return uptime('-p');
}
