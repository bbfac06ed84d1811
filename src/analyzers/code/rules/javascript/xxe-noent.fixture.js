const libxmljs = require('libxmljs');
// ruleid: code/javascript/xxe-noent
const doc = libxmljs.parseXml(xml, { noent: true });
// ok: code/javascript/xxe-noent
const safe = libxmljs.parseXml(xml, { noent: false });
