const axios = require('axios');
app.get('/proxy', async (req, res) => {
// ruleid: code/javascript/ssrf
  const r = await axios.get(req.query.url);
// ok: code/javascript/ssrf
  const s = await axios.get('https://api.example.com/items');
  res.json(r.data);
});
