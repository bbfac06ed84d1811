import { entries, member, strings, type JsonNode } from './jsonc.js';

export interface StringValue {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface McpServer {
  readonly name: string;
  readonly node: JsonNode;
  readonly command?: StringValue;
  readonly args: readonly StringValue[];
  readonly env: readonly { key: string; value: StringValue }[];
  readonly headers: readonly { key: string; value: StringValue }[];
  readonly url?: StringValue;
}

function asString(node: JsonNode | undefined): StringValue | undefined {
  return node?.kind === 'string' ? node : undefined;
}

function stringMap(node: JsonNode | undefined): { key: string; value: StringValue }[] {
  const out: { key: string; value: StringValue }[] = [];
  for (const e of entries(node)) if (e.value.kind === 'string') out.push({ key: e.key, value: e.value });
  return out;
}

/**
 * Every MCP server declared in a config, whatever the client: `mcpServers` (Claude Code,
 * Claude Desktop, Cursor, Windsurf), `servers` (VS Code), `mcp.servers` (VS Code settings).
 */
export function mcpServers(root: JsonNode | undefined): McpServer[] {
  const out: McpServer[] = [];
  const containers = [member(root, 'mcpServers'), member(root, 'servers'), member(member(root, 'mcp'), 'servers')];
  for (const container of containers) {
    for (const e of entries(container)) {
      const node = e.value;
      if (node.kind !== 'object') continue;
      out.push({
        name: e.key,
        node,
        ...(asString(member(node, 'command')) ? { command: asString(member(node, 'command'))! } : {}),
        args: strings(member(node, 'args')),
        env: stringMap(member(node, 'env')),
        headers: stringMap(member(node, 'headers')),
        ...((asString(member(node, 'url')) ?? asString(member(node, 'serverUrl')) ?? asString(member(node, 'httpUrl')))
          ? { url: (asString(member(node, 'url')) ?? asString(member(node, 'serverUrl')) ?? asString(member(node, 'httpUrl')))! }
          : {}),
      });
    }
  }
  return out;
}

/**
 * The server's argv as located words. A `command` holding a whole command line
 * ("npx -y pkg") is split on spaces, each word keeping the command's location.
 */
export function argv(server: McpServer): StringValue[] {
  const words: StringValue[] = [];
  if (server.command) {
    const parts = server.command.value.trim().split(/\s+/).filter(Boolean);
    for (const p of parts) words.push({ value: p, start: server.command.start, end: server.command.end });
  }
  words.push(...server.args);
  return words;
}

export function programName(word: string): string {
  const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).toLowerCase();
  return base.replace(/\.(?:exe|cmd|bat)$/, '');
}

/** Every `command` string under a Claude Code `hooks` object: { Event: [ { hooks: [ { type, command } ] } ] }. */
export function hookCommands(node: JsonNode | undefined, out: StringValue[] = [], depth = 0): StringValue[] {
  if (!node || depth > 16) return out;
  if (node.kind === 'array') for (const item of node.items) hookCommands(item, out, depth + 1);
  if (node.kind !== 'object') return out;
  const command = member(node, 'command');
  if (command?.kind === 'string') out.push(command);
  for (const e of entries(node)) if (e.key !== 'command') hookCommands(e.value, out, depth + 1);
  return out;
}

/** Simple commands of a shell line ("cd x && npx -y pkg | tee log"), each as located words. */
export function shellSegments(command: StringValue): StringValue[][] {
  return command.value
    .split(/&&|\|\||[;|\n]/)
    .map((segment) => segment.trim().split(/\s+/).filter(Boolean).map((w) => ({ value: w.replace(/^["']|["']$/g, ''), start: command.start, end: command.end })))
    .filter((words) => words.length > 0);
}
