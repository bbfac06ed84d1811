const escapeHtml = require('escape-html');
app.get('/hello', (req, res) => {
// ruleid: code/javascript/reflected-xss
  res.send('<h1>Hello ' + req.query.name + '</h1>');
// ok: code/javascript/reflected-xss
  res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');
// ok: code/javascript/reflected-xss
  res.send('<h1>Hello</h1>');
});

// A local function named like a Python builtin (`id`) is not a coercion: its summary decides.
function id(value) {
  return value;
}
app.get('/echo', (req, res) => {
  const echoed = id(req.query.q);
// ruleid: code/javascript/reflected-xss
  res.send(echoed);
// ok: code/javascript/reflected-xss
  res.send(id('static'));
});

// A setter defined here stores request data in the object; its getter hands it back.
class Holder {
  setValue(value) {
    this.value = value;
  }
  getValue() {
    return this.value;
  }
}
app.get('/hold', (req, res) => {
  const holder = new Holder();
  holder.setValue(req.query.q);
// ruleid: code/javascript/reflected-xss
  res.send(holder.getValue());
  const other = new Holder();
  other.setValue('constant');
// ok: code/javascript/reflected-xss
  res.send(other.getValue());
});
