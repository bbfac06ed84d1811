import { keyedRule } from '../engine/rule.js';
import { seq, HEX } from '../engine/fake.js';

export const rule = keyedRule({
  name: "assemblyai-api-key",
  title: "AssemblyAI API key",
  provider: "AssemblyAI",
  what: "A AssemblyAI API key",
  names: ["assemblyai","assembly_ai"],
  value: "[a-f0-9]{32}",
  fake: seq([HEX, 32]),
});

export const meta = rule.meta;
