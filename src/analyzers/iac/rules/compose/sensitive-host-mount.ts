import type { ComposeRule } from '../../rule.js';
import type { ComposeFile } from '../../platforms/compose.js';
import { get, headSpan, items, str } from '../../model.js';

export const rule: ComposeRule = {
  platform: 'compose',
  meta: {
    "id": "iac/compose/sensitive-host-mount",
    "title": "Compose service mounts a sensitive host directory",
    "description": "Mounting /, /etc, /root, /proc, /sys, /boot, /dev or /var/run from the host hands the container the keys to the host.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-668"
    ],
    "equivalents": [
      "kics:1c1325ff-831d-43a1-973e-839ae57dfcc0"
    ],
    "remediation": "Mount only application data directories, read-only where possible."
  } as ComposeRule['meta'],
  check(file: ComposeFile, emit) {
    const sensitive = /^\/(?:$|etc(?:\/|$)|root(?:\/|$)|proc(?:\/|$)|sys(?:\/|$)|boot(?:\/|$)|dev(?:\/|$)|var\/run(?:\/|$)|run(?:\/|$)|var\/lib\/docker(?:\/|$)|home\/?$|usr(?:\/|$)|lib(?:\/|$)|bin(?:\/|$)|sbin(?:\/|$))/;
    for (const s of file.services) {
      for (const v of items(get(s.node, 'volumes'))) {
        // Short form `host:container[:mode]`; a single path is an anonymous volume, not a host path.
        const short = str(v);
        const parts = short?.split(':');
        const long = short === undefined && str(get(v, 'type')) === 'bind' ? get(v, 'source') : undefined;
        const src = parts ? (parts.length > 1 ? parts[0]! : '') : str(long) ?? '';
        if (sensitive.test(src) && !src.endsWith('docker.sock')) emit({ path: file.path, resource: `service/${s.name}` }, headSpan(long ?? v), `Service ${s.name} mounts host path ${src}.`, `${s.name}|${src}`);
      }
    }
    // Named volumes of the local driver can bind a host directory: `driver_opts: {o: bind, device: /etc}`.
    for (const [name, vol] of get(file.root, 'volumes')?.entries ?? []) {
      const device = get(vol, 'driver_opts', 'device');
      const o = str(get(vol, 'driver_opts', 'o')) ?? '';
      const src = str(device) ?? '';
      if (o.split(',').includes('bind') && sensitive.test(src) && !src.endsWith('docker.sock')) emit({ path: file.path, resource: `volume/${name}` }, headSpan(device!), `Volume ${name} binds host path ${src}.`, `volume|${name}|${src}`);
    }
  },
};
