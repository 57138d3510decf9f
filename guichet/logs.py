"""Log files of the counter and of the server (stdlib :mod:`logging` only).

The counter writes plain lines to ``<data-dir>/logs/guichet.log``; the server writes JSON
lines (one object a line) to ``guichet-server.log`` next to its SQLite file, in
``--log-dir``, or in the data folder's ``logs``. ``GUICHET_LOG_DIR`` sends every log of the
process (and of the processes it starts) to one folder: support, and the test suite, which
greps a whole run's logs for secrets (docs/LOGS.md).

Secrets are never passed to a log call. :class:`RedactingFilter`, on every handler, is the
safety net: it replaces anything shaped like a PIN, a token, a pairing or customer code or a
password in a URL with ``[redacted]`` — and the test suite fails if it ever had to.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

ENV_DIR = "GUICHET_LOG_DIR"
COUNTER_FILE = "guichet.log"
SERVER_FILE = "guichet-server.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
REDACTED = "[redacted]"

#: The customer-code alphabet of guichet.domain.codes (no 0/O, 1/I/L), repeated here so
#: this module stays importable with nothing but the standard library.
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_INDEX = {c: i for i, c in enumerate(_ALPHABET)}
_SYMBOL = "[2-9A-HJKMNP-Z]"
# Pairing codes are 10 symbols, customer codes (orders, tickets, cards) 15, either typed in
# one run or shown in groups of five; the check symbol (domain.codes) tells a code from a word.
_CODE = re.compile(
    rf"(?<![A-Za-z0-9_])(?:{_SYMBOL}{{5}}-?{_SYMBOL}{{5}}(?:-?{_SYMBOL}{{5}})?)"
    r"(?![A-Za-z0-9_])"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization headers and bearer tokens.
    (re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=-]+"), rf"\1{REDACTED}"),
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)[^'\",\s}]+"), rf"\1{REDACTED}"),
    # A field named like a secret: pin=1234, "pin": "1234", token: ..., password=...
    (
        re.compile(
            r"(?i)(\b(?:pin|pins|pin_code|owner_pin|token|secret|password|passwd|pairing_code)"
            r"['\"]?\s*[:=]\s*['\"]?)[^'\",\s}&)]+"
        ),
        rf"\1{REDACTED}",
    ),
    # A PIN hash is not a PIN, but it is what guessing one starts from.
    (re.compile(r"\$argon2(?:id|i|d)\$[^\s'\"]+"), REDACTED),
    # user:password@ in a URL (a PostgreSQL address).
    (re.compile(r"(://[^/:@\s'\"]+:)[^@/\s'\"]+@"), rf"\1{REDACTED}@"),
    # The code in a look-up path (/cards/CODE/verdict, /tickets/CODE/verdict).
    (re.compile(r"(/(?:cards|tickets|orders)/)(?!\{|\[)[^/?\s'\"]+"), rf"\1{REDACTED}"),
)
# A device token (secrets.token_urlsafe(32): 43 characters).
_TOKEN = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")


def _is_code(text: str) -> bool:
    body = text.replace("-", "").replace(" ", "")
    return sum((i + 1) * _INDEX[c] for i, c in enumerate(body)) % len(_ALPHABET) == 0


def _token_like(text: str) -> bool:
    # token_urlsafe mixes both cases; a 43-letter name of a file or a test does not.
    return any(c.islower() for c in text) and any(c.isupper() for c in text)


def secrets_in(text: str) -> list[str]:
    """What in ``text`` looks like a secret (what :func:`redact` would hide)."""
    found: list[str] = []
    for pattern, _ in _PATTERNS:
        for match in pattern.finditer(text):
            whole = match.group(0)
            if pattern.groups and match.group(1) is not None:
                whole = whole[len(match.group(1)) :]
            if not whole.startswith(REDACTED):
                found.append(whole)
    found.extend(m.group(0) for m in _TOKEN.finditer(text) if _token_like(m.group(0)))
    found.extend(m.group(0) for m in _CODE.finditer(text) if _is_code(m.group(0)))
    return found


def redact(text: str) -> str:
    """``text`` with every secret-shaped part replaced by ``[redacted]``."""
    if not text:
        return text
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    text = _TOKEN.sub(
        lambda m: REDACTED if _token_like(m.group(0)) else m.group(0), text
    )
    return _CODE.sub(lambda m: REDACTED if _is_code(m.group(0)) else m.group(0), text)


#: The attributes every LogRecord has; anything else was passed in ``extra=``.
_STANDARD = frozenset(
    logging.LogRecord("", 0, "", 0, "", None, None).__dict__
) | {"message", "asctime", "taskName"}


def extras(record: logging.LogRecord) -> dict[str, Any]:
    return {
        k: v
        for k, v in record.__dict__.items()
        if k not in _STANDARD and k[0] != "_" and k != "color_message"  # uvicorn's, in ANSI
    }


class RedactingFilter(logging.Filter):
    """Redacts the message, the traceback and the extra fields of every record it passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_redacted", False):
            return True
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for key, value in extras(record).items():
            if not (value is None or isinstance(value, bool | int | float)):
                setattr(record, key, redact(value if isinstance(value, str) else str(value)))
        record._redacted = True
        return True


def _timestamp(record: logging.LogRecord) -> str:
    """Local time with its offset (what a support technician compares with the counter)."""
    return datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="milliseconds")


class CounterFormatter(logging.Formatter):
    """``2026-12-05T19:30:00.123-05:00 INFO guichet.sales: sale recorded receipt=12 ...``"""

    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(f"{k}={v}" for k, v in extras(record).items())
        line = f"{_timestamp(record)} {record.levelname} {record.name}: {record.getMessage()}"
        if fields:
            line += " " + fields
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line += "\n" + record.exc_text
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, the extra fields, the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": _timestamp(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in extras(record).items():
            data[key] = value if isinstance(value, bool | int | float | str | None) else str(value)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            data["traceback"] = record.exc_text
        return json.dumps(data, ensure_ascii=False)


_OWNED = "_guichet_handler"
_current: dict[str, Path] = {}


def _install(handlers: Iterable[logging.Handler], level: int) -> None:
    """Replace the handlers this module installed before (a second set-up in one process)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _OWNED, False)]:
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        setattr(handler, _OWNED, True)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request with its URL at INFO: a look-up's URL holds the code scanned.
    for name in ("httpx", "httpcore", "multipart", "keyring"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _file_handler(path: Path, formatter: logging.Formatter) -> logging.Handler:
    """The rotating file; a folder that cannot be written never stops the counter or the
    server from starting: they then log to the console, and say why once."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        print(f"guichet: cannot write the log {path}: {error}", file=sys.stderr)
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(formatter)
    return handler


def counter_log_dir(data_dir: Path) -> Path:
    env = os.environ.get(ENV_DIR)
    return Path(env).expanduser() if env else data_dir / "logs"


def server_log_dir(db_url: str, explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--log-dir``, else GUICHET_LOG_DIR, else next to a SQLite database, else the data
    folder's ``logs`` (a PostgreSQL server)."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser()
    if db_url.startswith("sqlite:///") and len(db_url) > len("sqlite:///"):
        return Path(db_url[len("sqlite:///") :]).expanduser().resolve().parent / "logs"
    from guichet.config import data_dir

    return data_dir() / "logs"


def setup_counter(
    data_dir: Path, *, log_dir: Path | None = None, hooks: bool = True, announce: bool = True
) -> Path:
    """Log the counter to ``guichet.log`` (rotated: 5 MB, 5 old files); returns its path.
    ``announce``: say the counter started (not for a command such as ``guichet backup``)."""
    path = (log_dir or counter_log_dir(data_dir)) / COUNTER_FILE
    _install([_file_handler(path, CounterFormatter())], logging.INFO)
    _current["counter"] = path
    if hooks:
        install_hooks()
    if not announce:
        return path
    from guichet import __version__

    logging.getLogger("guichet").info(
        "counter started", extra={"version": __version__, "pid": os.getpid()}
    )
    return path


@contextmanager
def also_to(path: Path) -> Iterator[Path]:
    """Counter lines also written to ``path`` for a while, whatever else this process logs
    to (the Journal's picture writes a demo evening's lines this way)."""
    handler = _file_handler(path, CounterFormatter())
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(min(level or logging.INFO, logging.INFO))
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


def setup_server(
    db_url: str, *, log_dir: str | os.PathLike[str] | None = None, worker: int = 0
) -> Path:
    """Log the server as JSON lines; each worker process of ``--workers N`` has its own file
    (``guichet-server.w1.log``...): processes rotating one file between them would lose lines.
    Warnings and errors also go to the console, as before there was a file."""
    name = SERVER_FILE if worker == 0 else SERVER_FILE.replace(".log", f".w{worker}.log")
    path = server_log_dir(db_url, log_dir) / name
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    _install([_file_handler(path, JsonFormatter()), console], logging.INFO)
    _current["server"] = path
    install_hooks()
    return path


def current_log_file(kind: str = "counter") -> Path | None:
    """The file this process logs to (None when logging was never set up)."""
    return _current.get(kind)


def install_hooks() -> None:
    """Uncaught exceptions (main thread and other threads) are logged with their traceback,
    then handled as before."""
    log = logging.getLogger("guichet.crash")
    previous = sys.excepthook
    if getattr(previous, _OWNED, False):
        return

    def excepthook(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    previous_thread = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit and args.exc_value is not None:
            name = args.thread.name if args.thread is not None else "?"
            log.critical(
                "uncaught exception in thread %s",
                name,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)

    setattr(excepthook, _OWNED, True)
    sys.excepthook = excepthook
    threading.excepthook = thread_hook


_LEVEL = re.compile(r"^\S+ (DEBUG|INFO|WARNING|ERROR|CRITICAL) ")


def tail(path: Path, count: int = 500) -> list[str]:
    """The last ``count`` lines of the log (from the rotated file before it too when the
    current one is short), oldest first."""
    lines: list[str] = []
    for candidate in (path, path.with_name(path.name + ".1")):
        try:
            with candidate.open("rb") as stream:
                stream.seek(0, os.SEEK_END)
                size = stream.tell()
                stream.seek(max(0, size - 400 * count))
                chunk = stream.read().decode("utf-8", errors="replace").splitlines()
                if size > 400 * count:
                    chunk = chunk[1:]  # the first line is cut
        except OSError:
            continue
        lines = chunk + lines
        if len(lines) >= count:
            break
    return lines[-count:]


def level_of(line: str) -> str | None:
    """The level of a counter log line; None for a traceback's continuation line."""
    match = _LEVEL.match(line)
    return match.group(1) if match else None


def serious(lines: list[str]) -> list[str]:
    """Warnings and errors, each with its traceback."""
    kept: list[str] = []
    keep = False
    for line in lines:
        level = level_of(line)
        if level is not None:
            keep = level in ("WARNING", "ERROR", "CRITICAL")
        if keep:
            kept.append(line)
    return kept
