import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/nosql-injection",
  "title": "NoSQL injection",
  "description": "Mongo filters taken from request data can carry operators such as `$ne` or `$where`, turning an equality check into \"match anything\" or running JavaScript on the server.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-943"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.injection.nosql-injection"
  ],
  "remediation": "Cast request values to strings or numbers before they go into a filter (or validate with a schema), and never put input into `$where`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/943.html"
  ]
};

const MONGO_QUERIES = ['find', 'findOne', 'findOneAndUpdate', 'findOneAndDelete', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'countDocuments', 'aggregate', '$where', 'where'];
const MONGO_MARKERS = ['mongo', 'findById', '.populate(', '.lean()', 'ObjectId', '$set', '$push'];

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "A MongoDB query filter contains request data that may carry query operators.",
  // Route files often import their Mongoose models without naming mongo; these calls prove MongoDB too
  // (Sequelize has findByPk, Prisma findUnique: neither shares them).
  sinks: MONGO_MARKERS.map((fileText) => ({ category: 'nosql' as const, methods: MONGO_QUERIES, fileText })),
};
