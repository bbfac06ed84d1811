const fs = require('fs');
const yaml = require('js-yaml');

function yamlToJson(path) {
  const text = fs.readFileSync(path, 'utf8');
// ruleid: code/javascript/yaml-unsafe-schema
  const doc = yaml.load(text, { schema: yaml.DEFAULT_SCHEMA });
  return JSON.stringify(doc);
}

// ruleid: code/javascript/yaml-unsafe-schema
const legacy = yaml.load(input, { schema: yaml.DEFAULT_FULL_SCHEMA });

const types = require('js-yaml-js-types');
const withFunctions = yaml.DEFAULT_SCHEMA.extend(types.all);
// ruleid: code/javascript/yaml-unsafe-schema
const live = yaml.load(input, { schema: withFunctions });

// ok: code/javascript/yaml-unsafe-schema
const data = yaml.load(input, { schema: yaml.JSON_SCHEMA });
// ok: code/javascript/yaml-unsafe-schema
const core = yaml.load(input, { schema: yaml.CORE_SCHEMA });
// ok: code/javascript/yaml-unsafe-schema
const plain = yaml.safeLoad(input);
