"""jixiao: score 绩效自评表 (performance self-evaluation sheets) from Python.

A ctypes binding of libjixiao and libjixiao-forms, standard library only::

    import jixiao
    result = jixiao.score("project-2023.yaml")       # a path, or a sheet's text
    print(result["total"], result["grade"])

    rules = jixiao.Rules("pre2020")                   # loaded once, shared by any threads
    for path in paths:
        print(rules.score(path)["total"])

score() and explain() return what `jixiao score --format json` prints, parsed: a dict for one
sheet, a list of dicts for a file of several. audit() returns the list `jixiao audit --format json`
prints. A sheet that cannot be read or scored raises jixiao.Error with the place of the fault.

The libraries are found through JIXIAO_LIBRARY (the path of libjixiao.so; libjixiao-forms is
looked for beside it), then beside this package's installation prefix, then by the system's loader.
"""

import ctypes
import ctypes.util
import glob
import json
import os
import threading

__all__ = ["Error", "Rules", "score", "explain", "audit", "builtins", "version"]


class Error(Exception):
    """A sheet or rule set that cannot be read or scored, with its place. message is in the
    language asked for; messages holds it in both ({"en": ..., "zh": ...})."""

    def __init__(self, code, source, line, column, path, message, messages=None):
        self.code, self.source, self.line, self.column = code, source, line, column
        self.path, self.message = path, message
        self.messages = messages or {"en": message, "zh": message}
        where = source or "jixiao"
        if line:
            where += ":%d:%d" % (line, column)
        super().__init__("%s: %s%s" % (where, path + ": " if path else "", message))


class _Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("line", ctypes.c_size_t), ("column", ctypes.c_size_t),
                ("source", ctypes.c_char * 256), ("path", ctypes.c_char * 128),
                ("message", ctypes.c_char * 384), ("message_zh", ctypes.c_char * 384)]


class _Warning(ctypes.Structure):
    _fields_ = [("code", ctypes.c_char_p), ("severity", ctypes.c_int),
                ("source", ctypes.c_char_p), ("line", ctypes.c_size_t),
                ("column", ctypes.c_size_t), ("path", ctypes.c_char_p),
                ("message", ctypes.c_char_p)]


_WRITE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_char),
                          ctypes.c_size_t)
_JSON = 1  # JX_FORMAT_JSON


def _candidates():
    env = os.environ.get("JIXIAO_LIBRARY")
    if env:
        yield env
        return
    prefix = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.dirname(os.path.abspath(__file__))))))  # prefix/lib/python3/dist-packages/jixiao
    for pattern in ("lib*/libjixiao.so.0", "lib/*-linux-gnu/libjixiao.so.0", "lib*/libjixiao.so"):
        yield from sorted(glob.glob(os.path.join(prefix, pattern)))
    found = ctypes.util.find_library("jixiao")
    if found:
        yield found


def _load():
    tried = []
    for path in _candidates():
        try:
            core = ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
            continue
        here = os.path.dirname(path)
        forms = None
        for name in ("libjixiao-forms.so.0", "libjixiao-forms.so"):
            try:
                forms = ctypes.CDLL(os.path.join(here, name) if here else name)
                break
            except OSError:
                pass
        return core, forms
    raise ImportError("libjixiao not found: set JIXIAO_LIBRARY to the path of libjixiao.so"
                      + ("; tried " + ", ".join(tried) if tried else ""))


_core, _forms = _load()
_p, _sz, _e = ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(_Error)


def _fn(lib, name, res, *args):
    f = getattr(lib, name)
    f.restype, f.argtypes = res, list(args)
    return f


_version = _fn(_core, "jx_version", ctypes.c_char_p)
_builtin_name = _fn(_core, "jx_builtin_name", ctypes.c_char_p, _sz)
_builtin_title = _fn(_core, "jx_builtin_title", ctypes.c_char_p, _sz)
_rules_load = _fn(_core, "jx_rules_load", ctypes.c_int, ctypes.POINTER(_p), ctypes.c_char_p, _p, _e)
_rules_name = _fn(_core, "jx_rules_name", ctypes.c_char_p, _p)
_rules_free = _fn(_core, "jx_rules_free", None, _p)
_rules_for_sheet = _fn(_core, "jx_rules_for_sheet", ctypes.c_int, ctypes.POINTER(_p), _p,
                       ctypes.c_char_p, _p, _e)
_doc_count = _fn(_core, "jx_doc_count", _sz, _p)
_doc_sheet = _fn(_core, "jx_doc_sheet", _p, _p, _sz)
_doc_free = _fn(_core, "jx_doc_free", None, _p)
_sheet_org = _fn(_core, "jx_sheet_org", ctypes.c_char_p, _p)
_sheet_project = _fn(_core, "jx_sheet_project", ctypes.c_char_p, _p)
_score = _fn(_core, "jx_score", ctypes.c_int, ctypes.POINTER(_p), _p, _p, _e)
_audit = _fn(_core, "jx_audit", ctypes.c_int, ctypes.POINTER(_p), _p, _p, _e)
_result_free = _fn(_core, "jx_result_free", None, _p)
_render = _fn(_core, "jx_result_render_lang", ctypes.c_int, _p, ctypes.c_int, ctypes.c_int, _WRITE,
              _p)
_warning_text = _fn(_core, "jx_result_warning_text", ctypes.c_int, ctypes.c_char_p, _sz,
                    ctypes.POINTER(_sz), _p, _sz, ctypes.c_int)
_LANGS = {"zh": 0, "en": 1}
_warning_count = _fn(_core, "jx_result_warning_count", _sz, _p)
_warning = _fn(_core, "jx_result_warning", ctypes.c_int, ctypes.POINTER(_Warning), _p, _sz)
_severity_name = _fn(_core, "jx_severity_name", ctypes.c_char_p, ctypes.c_int)
_code_name = _fn(_core, "jx_code_name", ctypes.c_char_p, ctypes.c_int)
if _forms is not None:  # every form: workbooks, printed CSV, pasted tables
    _load_file = _fn(_forms, "jx_forms_load_file", ctypes.c_int, ctypes.POINTER(_p),
                     ctypes.c_char_p, _p, _e)
    _load_buffer = _fn(_forms, "jx_forms_load_buffer", ctypes.c_int, ctypes.POINTER(_p),
                       ctypes.c_char_p, _sz, ctypes.c_char_p, _p, _e)
else:  # the core alone: YAML, JSON, JSONL and the long CSV
    _load_file = _fn(_core, "jx_doc_load_file", ctypes.c_int, ctypes.POINTER(_p),
                     ctypes.c_char_p, _p, _e)
    _load_buffer = _fn(_core, "jx_doc_load_buffer", ctypes.c_int, ctypes.POINTER(_p),
                       ctypes.c_char_p, _sz, ctypes.c_char_p, _p, _e)


def _text(b):
    return b.decode("utf-8", "replace") if b is not None else ""


def _raise(err, lang="en"):
    messages = {"en": _text(err.message), "zh": _text(err.message_zh)}
    raise Error(_text(_code_name(err.code)), _text(err.source), err.line, err.column,
                _text(err.path), messages[lang], messages)


def version():
    """The library's version, "0.1.0"."""
    return _text(_version())


def builtins():
    """The built-in rule sets: a list of (name, title)."""
    out, i = [], 0
    while _builtin_name(i):
        out.append((_text(_builtin_name(i)), _text(_builtin_title(i))))
        i += 1
    return out


class Rules:
    """A rule set, loaded once: a built-in name ("mof2020", "pre2020", ...) or a YAML file.
    Immutable; one Rules may score from any number of threads at once."""

    def __init__(self, name_or_path="mof2020"):
        err, handle = _Error(), _p()
        if _rules_load(ctypes.byref(handle), os.fsencode(name_or_path), None, ctypes.byref(err)):
            _raise(err)
        self._handle = handle

    @property
    def name(self):
        return _text(_rules_name(self._handle))

    def close(self):
        if getattr(self, "_handle", None):
            _rules_free(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def score(self, source, name=None, lang="en"):
        return _run(source, name, self, "score", lang)

    def explain(self, source, name=None, lang="en"):
        return _run(source, name, self, "explain", lang)

    def audit(self, source, name=None, lang="en"):
        return _run(source, name, self, "audit", lang)


def _open(source, name, lang):
    """The doc of a path (a str of one line, or os.PathLike), a sheet's text (a str of several
    lines) or bytes; name labels text (its extension says what it is: "x.jsonl", "form.csv"; "-"
    by default, read as YAML, as the CLI reads stdin)."""
    err, doc = _Error(), _p()
    if isinstance(source, (bytes, bytearray)) or (isinstance(source, str) and "\n" in source):
        data = bytes(source) if not isinstance(source, str) else source.encode("utf-8")
        rc = _load_buffer(ctypes.byref(doc), data, len(data), os.fsencode(name or "-"), None,
                          ctypes.byref(err))
    else:
        rc = _load_file(ctypes.byref(doc), os.fsencode(source), None, ctypes.byref(err))
    if rc:
        _raise(err, lang)
    return doc


def _json_of(result, lang):
    chunks = []

    def write(ctx, data, n):
        chunks.append(ctypes.string_at(data, n))
        return 0

    if _render(result, _JSON, _LANGS[lang], _WRITE(write), None):
        raise Error("io", "", 0, 0, "", "the result could not be rendered")
    return json.loads(b"".join(chunks))


def _findings(result, sheet_no, sheet, lang):
    out = []
    for i in range(_warning_count(result)):
        w = _Warning()
        _warning(ctypes.byref(w), result, i)
        text = ctypes.create_string_buffer(1024)
        _warning_text(text, len(text), None, result, i, _LANGS[lang])
        out.append({"source": _text(w.source), "sheet": sheet_no,
                    "org": _text(_sheet_org(sheet)), "project": _text(_sheet_project(sheet)),
                    "class": _text(w.code), "severity": _text(_severity_name(w.severity)),
                    "line": w.line, "column": w.column, "path": _text(w.path),
                    "message": _text(text.value)})
    return out


def _run(source, name, rules, what, lang="en"):
    if lang not in _LANGS:
        raise ValueError("lang is 'zh' or 'en', not %r" % (lang,))
    doc = _open(source, name, lang)
    try:
        answers = []
        for i in range(_doc_count(doc)):
            sheet = _doc_sheet(doc, i)
            own, err, res = _p(), _Error(), _p()
            if rules is None and _rules_for_sheet(ctypes.byref(own), sheet, None, None,
                                                  ctypes.byref(err)):
                _raise(err, lang)
            try:
                handle = rules._handle if rules is not None else own
                run = _audit if what == "audit" else _score
                if run(ctypes.byref(res), handle, sheet, ctypes.byref(err)):
                    _raise(err, lang)
                try:
                    if what == "audit":
                        answers.extend(_findings(res, i, sheet, lang))
                    else:
                        answers.append(_json_of(res, lang))
                finally:
                    _result_free(res)
            finally:
                if own:
                    _rules_free(own)
        if what == "audit" or len(answers) != 1:
            return answers
        return answers[0]
    finally:
        _doc_free(doc)


_cache_lock = threading.Lock()
_cache = {}


def _rules_of(rules):
    if rules is None or isinstance(rules, Rules):
        return rules
    with _cache_lock:  # a name or path given to the module's functions is loaded once
        if rules not in _cache:
            _cache[rules] = Rules(rules)
        return _cache[rules]


def score(source, rules=None, name=None, lang="en"):
    """Scores every sheet of source (a path, a sheet's text of several lines, or bytes) under rules (a name, a
    path or a Rules; None: the sheet's own `rules:`, else mof2020, as the CLI does). Returns what
    `jixiao score --format json` prints, parsed. lang ("en" or "zh") is the language of the
    reader's texts beside the codes: status_text, the explanations, the findings' messages."""
    return _run(source, name, _rules_of(rules), "score", lang)


def explain(source, rules=None, name=None, lang="en"):
    """score()'s answer: every row and the budget carry their derivation in "explain"."""
    return _run(source, name, _rules_of(rules), "explain", lang)


def audit(source, rules=None, name=None, lang="en"):
    """The findings, as `jixiao audit --format json` prints them: a list of dicts."""
    return _run(source, name, _rules_of(rules), "audit", lang)
