function matcher(word) {
// ruleid: code/javascript/non-literal-regexp
  return new RegExp('^' + word + '$');
}
// ok: code/javascript/non-literal-regexp
const fixed = new RegExp('^[a-z]+$', 'i');

function trailing(requireSpace, markers) {
  const endNeverPattern = "[ \t]+$";
  // A name bound once to a literal is that literal.
// ok: code/javascript/non-literal-regexp
  const end = new RegExp(endNeverPattern, "u");
  let pattern = "^a";
  pattern = markers.join("|");
// ruleid: code/javascript/non-literal-regexp
  return [end, new RegExp(pattern)];
}

function grown(markers) {
  let pattern = "^";
  pattern += markers.join("|");
// ruleid: code/javascript/non-literal-regexp
  return new RegExp(pattern, "u");
}
