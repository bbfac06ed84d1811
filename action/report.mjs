// Runs inside the composite action after `skeptic scan`: prints the findings to the job log
// (sanitised, between stop-commands markers), writes the step summary and the PR comment body.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { ciLogLines, commentMarkdown, stopCommandsToken } from '../dist/integrations/github.js';

const reportPath = process.env.SKEPTIC_REPORT;
const commentPath = process.env.SKEPTIC_COMMENT;
let report;
try {
  // skeptic-ignore-next-line code/javascript/path-traversal -- the path is set by action.yml, not by the scanned repository
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch (error) {
  process.stdout.write(`::error::skeptic produced no readable report (${String(error.message).replace(/[\r\n]/g, ' ').replace(/::/g, ': :')})\n`);
  process.exit(3);
}
const token = stopCommandsToken();
process.stdout.write(`::stop-commands::${token}\n${ciLogLines(report).join('\n')}\n::${token}::\n`);
const runUrl = process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY && process.env.GITHUB_RUN_ID
  ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
  : undefined;
const body = commentMarkdown(report, runUrl ? { runUrl } : {});
// skeptic-ignore-next-line code/javascript/path-traversal -- the path is set by action.yml, not by the scanned repository
if (commentPath) writeFileSync(commentPath, body);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, body);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `passed=${report.verdict.passed}\nblocking=${Number(report.verdict.blocking) || 0}\nfindings=${report.findings.length}\n`);
