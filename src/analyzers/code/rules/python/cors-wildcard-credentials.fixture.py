from flask_cors import CORS
# ruleid: code/python/cors-wildcard-credentials
CORS(app, origins="*", supports_credentials=True)
# ok: code/python/cors-wildcard-credentials
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
