import { keyedRule } from '../engine/rule.js';
import { seq, LOWER_NUM } from '../engine/fake.js';

export const rule = keyedRule({
  name: "azure-devops-pat",
  title: "Azure DevOps personal access token",
  provider: "Azure DevOps",
  what: "A Azure DevOps personal access token",
  names: ["azure_devops","azuredevops","ado_pat","azdo","devops_pat"],
  value: "(?:[a-z0-9]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})",
  fake: seq([LOWER_NUM, 52]),
});

export const meta = rule.meta;
