import { DatabaseBuilder, type DatabaseMeta } from './database.js';
import { readZip } from './zip.js';

/** OSV.dev's public per-ecosystem exports: `<base>/<Ecosystem>/all.zip`. */
export const DEFAULT_OSV_EXPORT_URL = 'https://osv-vulnerabilities.storage.googleapis.com';
export const DEFAULT_ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist', 'Maven'] as const;

export interface UpdateResult {
  readonly meta: DatabaseMeta;
  readonly downloaded: Record<string, { bytes: number; records: number }>;
  readonly errors: string[];
}

/**
 * `skeptic db update`: downloads each ecosystem's export zip and rebuilds the local index.
 * An ecosystem that fails keeps its previous data (reported in `errors`), so a flaky network
 * never leaves an empty database that would look like "no vulnerabilities".
 */
export async function updateDatabase(cacheDir: string, options: { url?: string; ecosystems?: readonly string[]; fetchImpl?: typeof fetch; now?: Date } = {}): Promise<UpdateResult> {
  const base = (options.url ?? DEFAULT_OSV_EXPORT_URL).replace(/\/+$/, '');
  const doFetch = options.fetchImpl ?? fetch;
  const errors: string[] = [];
  const downloaded: UpdateResult['downloaded'] = {};
  let meta: DatabaseMeta | undefined;
  for (const ecosystem of options.ecosystems ?? DEFAULT_ECOSYSTEMS) {
    const url = `${base}/${encodeURIComponent(ecosystem)}/all.zip`;
    try {
      const response = await doFetch(url, { signal: AbortSignal.timeout(300_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const buf = Buffer.from(await response.arrayBuffer());
      const builder = new DatabaseBuilder();
      let records = 0;
      for (const entry of readZip(buf)) {
        if (!entry.name.endsWith('.json')) continue;
        try {
          builder.addJson(entry.data.toString('utf8'));
          records++;
        } catch (error) {
          errors.push(`${ecosystem}/${entry.name}: ${(error as Error).message}`);
        }
      }
      meta = builder.write(cacheDir, url, (options.now ?? new Date()).toISOString());
      downloaded[ecosystem] = { bytes: buf.length, records };
    } catch (error) {
      errors.push(`${ecosystem}: ${url}: ${(error as Error).message}`);
    }
  }
  return { meta: meta ?? { schema: 1, ecosystems: {} }, downloaded, errors };
}
