import type { RuleMeta } from '../../../core/rule.js';
import { meta as gitOrUrl } from './git-or-url-dependency.js';
import { meta as installScript } from './install-script.js';
import { meta as knownVulnerability } from './known-vulnerability.js';
import { meta as malicious } from './malicious-package.js';
import { meta as nonexistent } from './nonexistent-package.js';
import { meta as phantom } from './phantom-import.js';
import { meta as stdlibShadowing } from './stdlib-shadowing.js';
import { meta as newPackage } from './new-package.js';
import { meta as deprecated } from './deprecated-package.js';
import { meta as typosquat } from './typosquat.js';
import { meta as unpinned } from './unpinned-version.js';

export const rules: readonly RuleMeta[] = [knownVulnerability, malicious, nonexistent, typosquat, unpinned, gitOrUrl, installScript, phantom, stdlibShadowing, newPackage, deprecated];
