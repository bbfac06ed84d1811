from app import create_app
app = create_app()
# ruleid: code/python/bind-all-interfaces
app.run(host="0.0.0.0", port=8080)
# ok: code/python/bind-all-interfaces
app.run(host="127.0.0.1", port=8080)
