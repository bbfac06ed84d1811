import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRow, measure, ratio, shell, SKEPTIC_BIN, type BenchSection } from './harness.js';

export const core: BenchSection = {
  name: 'core',
  description: 'process start + one small file; walking and classifying a tree',
  run(ctx) {
    const small = mkdtempSync(join(tmpdir(), 'skeptic-bench-small-'));
    writeFileSync(join(small, 'app.js'), "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\n");
    const one = measure('skeptic scan (one small file, end to end)', process.execPath, [SKEPTIC_BIN, 'scan', join(small, 'app.js'), '--quiet'], Math.max(ctx.rounds, 10), { warmup: true });
    ctx.log(formatRow(one));
    if (!ctx.dir) return;
    const cat = shell('git ls-files -z | xargs -0 cat > /dev/null', 'git ls-files -z | xargs -0 cat > /dev/null', ctx.rounds, { cwd: ctx.dir, warmup: true });
    const walk = measure('skeptic walk + classify + read (no analyzers)', process.execPath, [SKEPTIC_BIN, 'scan', ctx.dir, '--quiet', '--analyzers', 'secrets', '--bench-walk-only'], ctx.rounds, { warmup: true });
    ctx.log(formatRow(cat));
    ctx.log(formatRow(walk));
    ctx.log(ratio(walk, cat));
  },
};
