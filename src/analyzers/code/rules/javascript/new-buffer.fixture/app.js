app.post('/upload', (req, res) => {
// ruleid: code/javascript/new-buffer
  const data = new Buffer(req.body.content);
// ruleid: code/javascript/new-buffer
  const copy = Buffer(req.body.raw, 'base64');
// ok: code/javascript/new-buffer
  const safe = Buffer.from(req.body.content);
// ok: code/javascript/new-buffer
  const fixed = new Buffer('static text');
// ok: code/javascript/new-buffer
  const zeros = Buffer.alloc(16);
  res.send(data.length + copy.length + safe.length + fixed.length + zeros.length);
});

function pad(length) {
// ruleid: code/javascript/new-buffer
  return new Buffer(length);
}
