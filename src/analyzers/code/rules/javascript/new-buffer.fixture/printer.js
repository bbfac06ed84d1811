import Buffer from './buffer';

export class Printer {
  constructor(map, indent) {
    // The project's own Buffer class, not Node's deprecated constructor.
// ok: code/javascript/new-buffer
    this._buf = new Buffer(map, indent);
  }
}
