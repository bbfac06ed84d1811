const multer = require('multer');

// ruleid: code/javascript/upload-no-size-limit
const upload = multer({ dest: 'uploads/' });
// ruleid: code/javascript/upload-no-size-limit
const memory = multer();
// ruleid: code/javascript/upload-no-size-limit
const counted = multer({ storage: multer.memoryStorage(), limits: { files: 1 } });
// ok: code/javascript/upload-no-size-limit
const bounded = multer({ dest: 'uploads/', limits: { fileSize: 5 * 1024 * 1024, files: 1 } });
// ok: code/javascript/upload-no-size-limit
const configured = multer(uploadOptions);
