import type { AgentRule } from '../rule.js';
import { rule as bidiControl } from './bidi-control.js';
import { rule as concealFromUser } from './conceal-from-user.js';
import { rule as disableSecurityInstruction } from './disable-security-instruction.js';
import { rule as exfiltrationInstruction } from './exfiltration-instruction.js';
import { rule as hiddenUnicodeTags } from './hidden-unicode-tags.js';
import { rule as homoglyph } from './homoglyph.js';
import { rule as mcpLiteralSecret } from './mcp-literal-secret.js';
import { rule as mcpPlainHttp } from './mcp-plain-http.js';
import { rule as mcpRemoteScript } from './mcp-remote-script.js';
import { rule as mcpUnpinnedPackage } from './mcp-unpinned-package.js';
import { rule as overbroadPermissions } from './overbroad-permissions.js';
import { rule as skipPermissionPrompts } from './skip-permission-prompts.js';
import { rule as zeroWidthRun } from './zero-width-run.js';

export const agentRules: readonly AgentRule[] = [
  hiddenUnicodeTags,
  bidiControl,
  zeroWidthRun,
  homoglyph,
  disableSecurityInstruction,
  concealFromUser,
  exfiltrationInstruction,
  mcpUnpinnedPackage,
  mcpRemoteScript,
  mcpPlainHttp,
  mcpLiteralSecret,
  overbroadPermissions,
  skipPermissionPrompts,
];
