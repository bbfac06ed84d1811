// Copies a file (skeptic's stderr) to stdout through sanitizeForCiLog, so text quoted from the
// scanned repository cannot issue workflow commands.
import { readFileSync } from 'node:fs';
import { sanitizeForCiLog } from '../dist/integrations/github.js';

// skeptic-ignore-next-line code/javascript/path-traversal -- the path is set by action.yml, not by the scanned repository
const text = readFileSync(process.argv[2], 'utf8');
if (text) process.stdout.write(sanitizeForCiLog(text.replace(/\n$/, '')) + '\n');
