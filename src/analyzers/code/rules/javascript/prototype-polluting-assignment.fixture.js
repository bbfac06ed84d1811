const config = { ui: {}, mail: {} };

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
// ruleid: code/javascript/prototype-polluting-assignment
  config[section][key] = value;
  res.json(config);
});

app.post('/settings/:section', (req, res) => {
// ruleid: code/javascript/prototype-polluting-assignment
  config[req.params.section][req.body.key] = req.body.value;
  res.json(config);
});

app.post('/settings-safe', (req, res) => {
  const { section, key, value } = req.body;
  if (!Object.hasOwn(config, section) || key === '__proto__') return res.sendStatus(400);
// ok: code/javascript/prototype-polluting-assignment
  config[section][key] = value;
  res.json(config);
});

function fill(grid, rows) {
  // Numeric loop indexes, not request data.
  for (let i = 0; i < rows.length; i++) for (let j = 0; j < rows[i].length; j++) {
// ok: code/javascript/prototype-polluting-assignment
    grid[i][j] = rows[i][j];
  }
}
