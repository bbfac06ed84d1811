function run(src) {
// ruleid: code/javascript/eval-dynamic
  return eval(src);
}
// ok: code/javascript/eval-dynamic
const x = eval('2 + 2');
