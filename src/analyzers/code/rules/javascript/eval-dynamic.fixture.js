function run(src) {
// ruleid: code/javascript/eval-dynamic
  return eval(src);
}
function compile(body) {
// ruleid: code/javascript/eval-dynamic
  return new Function('a', body);
}
// ok: code/javascript/eval-dynamic
const x = eval('2 + 2');
// ok: code/javascript/eval-dynamic
const f = new Function('a', 'return a + 1');
function compile(expression) {
// ruleid: code/javascript/eval-dynamic
  return new (Function)('return (' + expression + ')');
}
// An empty function body compiles nothing from data.
// ok: code/javascript/eval-dynamic
const noop = new Function();
