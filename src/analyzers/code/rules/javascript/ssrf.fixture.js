const axios = require('axios');
app.get('/proxy', async (req, res) => {
// ruleid: code/javascript/ssrf
  const r = await axios.get(req.query.url);
// ok: code/javascript/ssrf
  const s = await axios.get('https://api.example.com/items');
  res.json(r.data);
});
app.get('/avatar/:id', async (req, res) => {
  // Fixed origin and path: the request stays on that host.
// ok: code/javascript/ssrf
  const r = await fetch(`https://cdn.example.com/avatars/${req.params.id}`);
  // No slash after the host: '.evil.example' moves the request elsewhere.
// ruleid: code/javascript/ssrf
  const s = await fetch('https://cdn.example.com' + req.query.path);
  res.json({ ok: r.ok && s.ok });
});
