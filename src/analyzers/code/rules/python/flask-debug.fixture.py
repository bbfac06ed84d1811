from app import create_app
app = create_app()
if __name__ == "__main__":
# ruleid: code/python/flask-debug
    app.run(debug=True)
# ok: code/python/flask-debug
    app.run(debug=False)
