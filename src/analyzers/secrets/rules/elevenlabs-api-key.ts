import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "elevenlabs-api-key",
  title: "ElevenLabs API key",
  provider: "ElevenLabs",
  what: "A ElevenLabs API key",
  names: ["elevenlabs","xi_api_key","xi-api-key"],
  value: "(?:sk_[a-f0-9]{48}|[a-f0-9]{32})",
  fake: seq('sk_', [HEX, 48]),
});

export const meta = rule.meta;
