"""Entry point.

Example::

    >>> import not_a_real_module_in_a_docstring
"""
# ok: dependencies/phantom-import
from __future__ import annotations

# ok: dependencies/phantom-import
import os, sys as system
# ok: dependencies/phantom-import
import requests
# ok: dependencies/phantom-import
import yaml
# ok: dependencies/phantom-import
from bs4 import BeautifulSoup
# ok: dependencies/phantom-import
from google.cloud import storage
# ok: dependencies/phantom-import
import flask_cors
# ok: dependencies/phantom-import
from flask import Flask
# ok: dependencies/phantom-import
from dateutil import parser
# ok: dependencies/phantom-import
from sklearn.linear_model import LinearRegression
# ok: dependencies/phantom-import
import numpy as np
# ok: dependencies/phantom-import
from myapp import core
# ok: dependencies/phantom-import
from . import core as same_core
# ok: dependencies/phantom-import
import docutils.nodes
# ruleid: dependencies/phantom-import
import fastapi_jwt_guardian
# ruleid: dependencies/phantom-import
from langchain_memory_pro import ConversationVault
# ruleid: dependencies/phantom-import
import cv2

try:
    # ok: dependencies/phantom-import
    import ujson as fast_json
except ImportError:
    fast_json = None

TYPE_CHECKING = False
if TYPE_CHECKING:
    # ok: dependencies/phantom-import
    from typing_extensions import Self


def lazy():
    # ok: dependencies/phantom-import
    import pandas
    return pandas


TEMPLATE = "import also_not_real"
