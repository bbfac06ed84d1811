import logging
from flask import request
logger = logging.getLogger(__name__)

def login():
# ruleid: code/python/log-injection
    logger.info("login attempt for " + request.form["user"])
# ok: code/python/log-injection
    logger.info("login attempt")
    return "ok"
