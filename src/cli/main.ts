import { commands } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';
import { ConfigError } from '../config/load.js';
import { VERSION } from '../version.js';

function processIO(argv: readonly string[]): CliIO {
  return {
    argv,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

async function help(io: CliIO): Promise<void> {
  const lines = [`skeptic ${VERSION}: a security gate for AI-generated code`, '', 'Commands:'];
  for (const [name, load] of Object.entries(commands)) lines.push(`  ${name.padEnd(16)} ${(await load()).summary}`);
  lines.push('', 'Run `skeptic <command> --help` for its options.', 'Exit codes: 0 passed, 1 blocking findings, 2 usage or config error, 3 scan could not complete.');
  io.stdout(lines.join('\n') + '\n');
}

export async function run(io: CliIO): Promise<number> {
  const [name, ...rest] = io.argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return name === undefined ? EXIT.usage : EXIT.passed;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.passed;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`skeptic: unknown command "${name}". Run \`skeptic --help\`.\n`);
    return EXIT.usage;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage.trim()}\n`);
    return EXIT.passed;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`skeptic ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof ConfigError) {
      io.stderr(`skeptic: configuration error in ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? (io.env.SKEPTIC_DEBUG ? error.stack ?? error.message : error.message) : String(error);
    io.stderr(`skeptic ${name}: the scan could not complete: ${message}\n`);
    return EXIT.incomplete;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  return run(processIO(argv));
}
