const serialize = require('node-serialize');
app.post('/restore', (req, res) => {
// ruleid: code/javascript/insecure-deserialization
  const obj = serialize.unserialize(req.cookies.profile);
// ok: code/javascript/insecure-deserialization
  const data = JSON.parse(req.cookies.profile);
  res.json(data);
});
