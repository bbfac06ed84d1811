import xml.dom.minidom
import xml.sax
import xml.sax.handler
from flask import Blueprint, request

bp = Blueprint("imports", __name__)


def entity_parser():
    parser = xml.sax.make_parser()
    # ruleid: code/python/xxe-enabled
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    return parser


@bp.route("/import", methods=["POST"])
def import_doc():
    body = request.get_data(as_text=True)
    # ruleid: code/python/xxe-injection
    doc = xml.dom.minidom.parseString(body, entity_parser())
    return str(len(doc.childNodes))


@bp.route("/sample")
def sample():
    # ok: code/python/xxe-injection
    doc = xml.dom.minidom.parseString("<greeting>hi</greeting>", entity_parser())
    return str(len(doc.childNodes))
