import { compileGlob, type GlobMatcher } from './glob.js';

interface IgnoreRule {
  readonly regexp: GlobMatcher;
  readonly negated: boolean;
  readonly dirOnly: boolean;
}

/** The patterns of one .gitignore file, relative to the directory holding it. */
export class IgnoreFile {
  private readonly rules: IgnoreRule[] = [];

  constructor(readonly baseDir: string, text: string) {
    for (const rawLine of text.split(/\r?\n/)) {
      let line = rawLine.replace(/(?<!\\)\s+$/, '');
      if (line === '' || line.startsWith('#')) continue;
      let negated = false;
      if (line.startsWith('!')) {
        negated = true;
        line = line.slice(1);
      }
      const dirOnly = line.endsWith('/');
      this.rules.push({ regexp: compileGlob(line), negated, dirOnly });
    }
  }

  /**
   * undefined when no rule speaks about the path; the last matching rule wins, as in git.
   * Directory-only patterns apply to directories alone: the walk never enters an ignored directory.
   */
  decide(relativePath: string, isDir: boolean): boolean | undefined {
    let decision: boolean | undefined;
    for (const rule of this.rules) {
      if (rule.dirOnly && !isDir) continue;
      if (rule.regexp.test(relativePath)) decision = !rule.negated;
    }
    return decision;
  }
}

/** A stack of .gitignore files from the root down to the current directory. */
export class IgnoreStack {
  constructor(private readonly files: readonly IgnoreFile[] = []) {}

  push(file: IgnoreFile): IgnoreStack {
    return new IgnoreStack([...this.files, file]);
  }

  ignores(path: string, isDir: boolean): boolean {
    let decision = false;
    for (const file of this.files) {
      const base = file.baseDir === '' ? '' : file.baseDir + '/';
      if (base !== '' && !path.startsWith(base)) continue;
      const verdict = file.decide(path.slice(base.length), isDir);
      if (verdict !== undefined) decision = verdict;
    }
    return decision;
  }
}
