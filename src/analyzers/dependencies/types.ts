import type { LockfileFormat } from '../../core/target.js';

/** OSV ecosystem names, spelled as OSV spells them so advisories match without mapping. */
export const ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist', 'Maven'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** Where a dependency's code comes from; anything but `registry` bypasses advisories and name checks. */
export type DependencySource = 'registry' | 'git' | 'url' | 'tarball' | 'path' | 'workspace';

/** One package as a manifest declares it or a lockfile pins it. */
export interface Dependency {
  readonly ecosystem: Ecosystem;
  readonly name: string;
  /** The exact resolved version (lockfiles); absent when only a range is known. */
  readonly version?: string;
  /** The declared requirement as written (manifests), e.g. `^1.2.0`, `>=2`, `*`. */
  readonly spec?: string;
  /** Declared by the project itself rather than pulled in by another package. */
  readonly direct: boolean;
  readonly dev: boolean;
  /** 1-based line in the file that declares or pins it. */
  readonly line: number;
  readonly source: DependencySource;
  /** URL, git remote, tarball or path when source is not the registry. */
  readonly location?: string;
  /** `sha512-…` (npm SRI) or `sha256:…` style, as the lockfile records it. */
  readonly integrity?: string;
  readonly hasInstallScript?: boolean;
  readonly license?: string;
  /** Names this package depends on (lockfiles that record the graph). */
  readonly dependsOn?: readonly string[];
  /** `path:line` of the pip constraint (`-c`) that fixed `version` for a requirement that only gives a range. */
  readonly constrainedBy?: string;
}

/** A `-r FILE` / `-c FILE` line of a requirements file, as written. */
export interface RequirementsInclude {
  readonly path: string;
  readonly line: number;
  /** `-c`: the file's entries pin versions but install nothing by themselves. */
  readonly constraint: boolean;
}

export interface Extraction {
  readonly format: LockfileFormat;
  /** Manifests declare (ranges, direct only); lockfiles pin (exact versions, full tree). */
  readonly kind: 'manifest' | 'lockfile';
  readonly ecosystem: Ecosystem;
  readonly dependencies: Dependency[];
  /** Problems that made part of the file unreadable; each becomes a `parse-error` issue. */
  readonly problems: string[];
  /** package.json: workspace globs, so workspace members are not phantom or nonexistent. */
  readonly workspaces?: readonly string[];
  /** The project's own package name, when the manifest states it. */
  readonly projectName?: string;
  /** Files this one includes (`-r other.txt`, `-c c.txt`), as written: relative to this file. */
  readonly includes?: readonly RequirementsInclude[];
  /** Entries of a constraints file: versions for requirements declared elsewhere, not dependencies. */
  readonly constraints?: readonly Dependency[];
}

export class ExtractError extends Error {}
