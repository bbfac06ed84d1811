import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { formatRow, measure, peer, ratio, SKEPTIC_BIN, type BenchSection } from './harness.js';

/**
 * IaC analysis against Trivy's misconfiguration scanner, side by side on the same trees:
 * a Terraform-heavy repository (bridgecrewio/terragoat) and a Kubernetes-heavy one
 * (kubernetes/examples). Override with BENCH_IAC_TERRAFORM=path / BENCH_IAC_K8S=path.
 * Targets: ≥5× faster than Trivy, ≤½ its peak memory.
 */
export const iac: BenchSection = {
  name: 'iac',
  description: 'IaC scan vs Trivy misconfig on a Terraform-heavy and a Kubernetes-heavy repository',
  run(ctx) {
    const trees = [ctx.named.iac_terraform ?? '/work/bench-repos/terragoat', ctx.named.iac_k8s ?? '/work/bench-repos/k8s-examples'].filter((d) => existsSync(d));
    if (!trees.length) {
      ctx.log('  (no trees: set BENCH_IAC_TERRAFORM / BENCH_IAC_K8S)');
      return;
    }
    const trivy = peer(ctx, 'trivy', 'trivy');
    const cache = mkdtempSync(join(tmpdir(), 'skeptic-bench-trivy-iac-'));
    for (const dir of trees) {
      ctx.log(`  -- ${basename(dir)} (${dir})`);
      const ours = measure('skeptic scan --analyzers iac', process.execPath, [SKEPTIC_BIN, 'scan', dir, '--analyzers', 'iac', '--quiet'], ctx.rounds, { warmup: true });
      ctx.log(formatRow(ours));
      if (!trivy) {
        ctx.log('  (Trivy not installed under $PEERS_ROOT/trivy)');
        continue;
      }
      const t = measure('trivy fs --scanners misconfig', trivy, ['fs', '--cache-dir', cache, '--skip-db-update', '--skip-policy-update', '--offline-scan', '--quiet', '--scanners', 'misconfig', '--format', 'json', '--output', '/dev/null', dir], ctx.rounds, { warmup: true });
      ctx.log(formatRow(t));
      ctx.log(ratio(ours, t));
    }
  },
};
