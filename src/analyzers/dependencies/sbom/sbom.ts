import { createHash } from 'node:crypto';
import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import { VERSION } from '../../../version.js';
import { purlOf } from '../check-package.js';
import type { Dependency, Extraction } from '../types.js';

export interface SbomInput {
  readonly name: string;
  readonly extractions: readonly { readonly path: string; readonly extraction: Extraction }[];
  readonly timestamp?: Date;
}

interface Pkg { readonly dep: Dependency; readonly purl: string; readonly file: string }

/** Lockfile entries win over manifest ranges; one component per purl. */
function packages(input: SbomInput): Pkg[] {
  const byPurl = new Map<string, Pkg>();
  const ordered = [...input.extractions].sort((a, b) => (a.extraction.kind === b.extraction.kind ? 0 : a.extraction.kind === 'lockfile' ? -1 : 1));
  const lockedEcosystems = new Set(ordered.filter((e) => e.extraction.kind === 'lockfile').map((e) => e.extraction.ecosystem));
  for (const { path, extraction } of ordered) {
    if (extraction.format === 'go-sum' && ordered.some((e) => e.extraction.format === 'go-mod')) continue;
    if (extraction.kind === 'manifest' && lockedEcosystems.has(extraction.ecosystem)) continue;
    for (const dep of extraction.dependencies) {
      if (dep.source === 'workspace' || dep.source === 'path') continue;
      const purl = purlOf(dep.ecosystem, dep.name, dep.version);
      if (!byPurl.has(purl)) byPurl.set(purl, { dep, purl, file: path });
    }
  }
  return [...byPurl.values()];
}

const DIGEST_HEX_LENGTH: Record<string, number> = { sha1: 40, sha256: 64, sha384: 96, sha512: 128 };

/** SRI `sha512-<base64>` or `sha256:<hex>` → algorithm and hex digest; a digest of the wrong length is dropped, not emitted. */
function hashOf(integrity: string | undefined): { alg: string; hex: string } | undefined {
  if (!integrity) return undefined;
  let out: { alg: string; hex: string } | undefined;
  const sri = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]{1,200})$/.exec(integrity);
  if (sri) out = { alg: sri[1]!, hex: Buffer.from(sri[2]!, 'base64').toString('hex') };
  const hex = /^(sha1|sha256|sha384|sha512):([0-9a-fA-F]{1,200})$/.exec(integrity);
  if (hex) out = { alg: hex[1]!, hex: hex[2]!.toLowerCase() };
  return out && out.hex.length === DIGEST_HEX_LENGTH[out.alg] ? out : undefined;
}

/**
 * SPDX 2.3 §7.7: a download location is an absolute URI (VCS locations as `git+https://…`),
 * NONE or NOASSERTION. npm shorthands (`github:u/r`, `git@host:r`) and local paths are not.
 */
export function spdxDownloadLocation(location: string | undefined): string {
  if (!location || location.length > 2000) return 'NOASSERTION';
  return /^[a-z][a-z0-9+.-]{0,30}:\/\/[^\s/?#]+[^\s]*$/i.test(location) ? location : 'NOASSERTION';
}

/**
 * SPDX 2.3 Annex D licence expression: identifiers (`MIT`, `LicenseRef-x`, `GPL-2.0+`) joined by
 * AND/OR/WITH with balanced parentheses. One linear token pass; anything else is not an expression.
 */
export function isSpdxExpression(text: string): boolean {
  if (!text || text.length > 500) return false;
  const tokens = text.replace(/[()]/g, ' $& ').trim().split(/\s+/);
  let depth = 0;
  let wantOperand = true;
  for (const t of tokens) {
    if (t === '(') {
      if (!wantOperand) return false;
      depth++;
    } else if (t === ')') {
      if (wantOperand || --depth < 0) return false;
    } else if (t === 'AND' || t === 'OR' || t === 'WITH') {
      if (wantOperand) return false;
      wantOperand = true;
    } else {
      if (!wantOperand || !/^[A-Za-z0-9][A-Za-z0-9.-]*\+?$|^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(t)) return false;
      if (t === 'NONE' || t === 'NOASSERTION') return tokens.length === 1;
      wantOperand = false;
    }
  }
  return depth === 0 && !wantOperand;
}

const CDX_ALG: Record<string, Enums.HashAlgorithm> = {
  sha1: Enums.HashAlgorithm['SHA-1'], sha256: Enums.HashAlgorithm['SHA-256'], sha384: Enums.HashAlgorithm['SHA-384'], sha512: Enums.HashAlgorithm['SHA-512'],
};

/** CycloneDX 1.6 JSON through the OWASP library: components with purls, hashes, licences and the dependency graph. */
export function cycloneDx(input: SbomInput): string {
  const bom = new Models.Bom();
  bom.metadata.timestamp = input.timestamp ?? new Date();
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, 'skeptic', { version: VERSION }));
  const root = new Models.Component(Enums.ComponentType.Application, input.name, { bomRef: 'root' });
  bom.metadata.component = root;
  const pkgs = packages(input);
  const byName = new Map<string, Models.Component>();
  const components = new Map<Pkg, Models.Component>();
  for (const p of pkgs) {
    const c = new Models.Component(Enums.ComponentType.Library, p.dep.name, {
      bomRef: p.purl,
      ...(p.dep.version ? { version: p.dep.version } : {}),
      scope: p.dep.dev ? Enums.ComponentScope.Excluded : Enums.ComponentScope.Required,
    });
    // The library types purl as packageurl-js's PackageURL; it only ever serialises it with toString().
    (c as unknown as { purl: { toString(): string } }).purl = { toString: () => p.purl };
    const h = hashOf(p.dep.integrity);
    if (h && CDX_ALG[h.alg]) c.hashes.set(CDX_ALG[h.alg]!, h.hex);
    // an expression must be SPDX; free text ("SEE LICENSE IN …") is a named licence
    if (p.dep.license) c.licenses.add(isSpdxExpression(p.dep.license) ? new Models.LicenseExpression(p.dep.license) : new Models.NamedLicense(p.dep.license.slice(0, 500)));
    bom.components.add(c);
    components.set(p, c);
    byName.set(`${p.dep.ecosystem}:${p.dep.name}`, c);
  }
  for (const [p, c] of components) {
    if (p.dep.direct) root.dependencies.add(c.bomRef);
    for (const child of p.dep.dependsOn ?? []) {
      const target = byName.get(`${p.dep.ecosystem}:${child}`);
      if (target && target !== c) c.dependencies.add(target.bomRef);
    }
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return serializer.serialize(bom, { sortLists: true, space: 2 });
}

/** SPDX 2.3 JSON: one package per dependency, DEPENDS_ON relationships, checksums and declared licences. */
export function spdx(input: SbomInput): string {
  const pkgs = packages(input);
  const created = (input.timestamp ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const id = (p: Pkg) => `SPDXRef-Package-${createHash('sha256').update(p.purl).digest('hex').slice(0, 16)}`;
  const byName = new Map(pkgs.map((p) => [`${p.dep.ecosystem}:${p.dep.name}`, p]));
  const relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Root' },
  ];
  for (const p of pkgs) {
    if (p.dep.direct) relationships.push({ spdxElementId: 'SPDXRef-Root', relationshipType: p.dep.dev ? 'DEV_DEPENDENCY_OF' : 'DEPENDS_ON', relatedSpdxElement: id(p) });
    for (const child of p.dep.dependsOn ?? []) {
      const t = byName.get(`${p.dep.ecosystem}:${child}`);
      if (t && t !== p) relationships.push({ spdxElementId: id(p), relationshipType: 'DEPENDS_ON', relatedSpdxElement: id(t) });
    }
  }
  // DEV_DEPENDENCY_OF points from the dependency to the package it serves
  for (const r of relationships) if (r.relationshipType === 'DEV_DEPENDENCY_OF') [r.spdxElementId, r.relatedSpdxElement] = [r.relatedSpdxElement, r.spdxElementId];
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: input.name || 'unnamed',
    documentNamespace: `https://spdx.org/spdxdocs/skeptic-${encodeURIComponent(input.name)}-${createHash('sha256').update(created + pkgs.map((p) => p.purl).join()).digest('hex').slice(0, 16)}`,
    creationInfo: { created, creators: [`Tool: skeptic-${VERSION}`] },
    packages: [
      { SPDXID: 'SPDXRef-Root', name: input.name || 'unnamed', downloadLocation: 'NOASSERTION', filesAnalyzed: false, primaryPackagePurpose: 'APPLICATION' },
      ...pkgs.map((p) => {
        const h = hashOf(p.dep.integrity);
        return {
          SPDXID: id(p),
          name: p.dep.name,
          ...(p.dep.version ? { versionInfo: p.dep.version } : {}),
          downloadLocation: spdxDownloadLocation(p.dep.location),
          filesAnalyzed: false,
          licenseDeclared: p.dep.license && isSpdxExpression(p.dep.license) ? p.dep.license : 'NOASSERTION',
          ...(h ? { checksums: [{ algorithm: h.alg.toUpperCase(), checksumValue: h.hex }] } : {}),
          externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl }],
          primaryPackagePurpose: 'LIBRARY',
        };
      }),
    ],
    relationships,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
