function matcher(word) {
// ruleid: code/javascript/non-literal-regexp
  return new RegExp('^' + word + '$');
}
// ok: code/javascript/non-literal-regexp
const fixed = new RegExp('^[a-z]+$', 'i');
