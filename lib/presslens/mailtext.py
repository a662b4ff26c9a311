"""Text out of saved e-mails (``.eml``) and web-page archives (``.mhtml``/``.mht``, a browser's "Save as single
file"), with the standard library's :mod:`email` package.

Both are MIME messages. :func:`mime_text` returns ``(text, encoding, problems, hints)`` and never raises.

An **e-mail** (an article forwarded, a newsletter, a Google Alert) gives the text a plain-text copy of it would
have: its ``From:``, ``Date:`` and ``Subject:`` header lines (encoded words decoded, folded lines unfolded), a
blank line, then the body, which the parser reads as it reads any e-mail pasted into a ``.txt`` file. Of a
``multipart/alternative`` body the ``text/plain`` part is taken, unless it is missing or a stub ("View this
e-mail in your browser": fewer than a third of the words of the HTML part), then the ``text/html`` part as it is
(the parser reads HTML). Quoted-printable and base64 are decoded, each part with its declared charset
(koi8-r, windows-1251, utf-8...; an undeclared, unknown or wrong one is detected as a text file's is, and noted);
``format=flowed`` lines are joined. A message attached to the e-mail (forwarded as an attachment) follows its
body under a "---------- Forwarded message ---------" line and its own header lines. Other attachments (files,
pictures) are not read; ``problems`` names them. An encrypted message (S/MIME, PGP) is not read.

A **web-page archive** (MHTML, ``multipart/related``: the page's HTML and its pictures, style sheets and frames)
gives the saved page's HTML as it is: the part at the ``Snapshot-Content-Location`` (Chrome, Edge), else the
part the ``start`` parameter names, else the first HTML part. Its address (``Snapshot-Content-Location``, else
the part's ``Content-Location``) is the article's URL: ``hints["url"]``.

What is recognised as a MIME message is decided by :func:`mime_kind` (see there): conservatively, so that an
article copied into a ``.txt`` file that starts with "From:" and "Subject:" lines stays text.
"""

from __future__ import annotations

import html
import re
from email import policy
from email.message import Message
from email.parser import BytesParser

__all__ = ["mbox_messages", "mime_kind", "mime_text"]

# A header field's name (RFC 5322: printable ASCII but the colon; in practice letters, digits and hyphens)
_FIELD = re.compile(rb"([A-Za-z][A-Za-z0-9-]{0,75})[ \t]*:")
# Fields a saved e-mail opens with; two of them (or MIME-Version/Content-Type) make a header block an e-mail's
_MAIL_FIELDS = frozenset((b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"mime-version",
                          b"content-type", b"received", b"return-path", b"delivered-to", b"reply-to", b"sender",
                          b"x-mailer", b"dkim-signature", b"in-reply-to", b"references", b"thread-topic"))
_HEAD_LIMIT = 64 * 1024  # bytes of a header block read at most
FORWARD_LINE = "---------- Forwarded message ---------"


def _start(data: bytes) -> bytes:
    """``data`` without a UTF-8 BOM and blank lines before its first header line (which would end the header
    block before it starts)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.lstrip(b" \t\r\n")


def _header_fields(data: bytes, *, lenient: bool) -> set[bytes] | None:
    """The names (lower case) of the header fields that open ``data``, or None when it does not open with a
    header block: field lines ("Name: value") and their continuations (lines starting with white space),
    ended by a blank line. A UTF-8 BOM and an mbox "From " line may come first. ``lenient``: blank lines
    before the block are allowed too, and the block may run to the end of the data."""
    head = data[:_HEAD_LIMIT]
    head = _start(head) if lenient else head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if not _FIELD.match(head, 0, 80) and not head.startswith(b"From "):
        return None  # the usual case for a text file: one look at its first line
    names: set[bytes] = set()
    pos, end = 0, len(head)
    while pos < end:
        nl = head.find(b"\n", pos)
        if nl < 0:
            if len(data) > _HEAD_LIMIT:
                return None  # a header line longer than the limit: not a header block
            line, nxt = head[pos:], end
        else:
            line, nxt = head[pos:nl], nl + 1
        line = line.rstrip(b"\r")
        if not line.strip():
            return names if names else None  # the blank line ending the block
        if line[:1] in (b" ", b"\t"):
            if not names:
                return None
        elif pos == 0 and line.startswith(b"From ") and not line.startswith(b"From :"):
            pass  # mbox separator line
        else:
            m = _FIELD.match(line)
            if m is None:
                return None
            names.add(m.group(1).lower())
        pos = nxt
    return names if lenient and names else None


def mime_kind(data: bytes, suffix: str) -> str:
    """"mail" or "web" when ``data`` is a MIME message to read as an e-mail or a web-page archive, else "".

    For a file named ``.eml``, ``.mht`` or ``.mhtml`` the content must open with a header block (blank lines
    before it allowed) holding MIME-Version or Content-Type or two of the usual e-mail fields (From, To, Subject, Date,
    Message-ID, Received...). For any other name the rule is strict: the file's very first line (after a BOM)
    is a header field, the block is ended by a blank line and holds both ``MIME-Version`` and ``Content-Type``:
    what a mail client or a browser writes, and an article pasted into a text file (even one that starts with
    "From:", "Date:" and "Subject:" lines) never has. The kind is "web" for a page archive (a
    ``Snapshot-Content-Location`` field, a "<Saved by ...>" sender, or a ``multipart/related`` message in a file
    named ``.mht``/``.mhtml``), else "mail"."""
    own = suffix in (".eml", ".mht", ".mhtml", ".mbox")
    names = _header_fields(data, lenient=own)
    if not names:
        return ""
    mime = b"mime-version" in names or b"content-type" in names
    if own:
        if not mime and len(names & _MAIL_FIELDS) < 2:
            return ""
    elif not (b"mime-version" in names and b"content-type" in names):
        return ""
    head = _start(data[:_HEAD_LIMIT])
    end = re.search(rb"\r?\n[ \t]*\r?\n", head)
    block = head[:end.start() if end else len(head)].lower()
    if b"snapshot-content-location" in names or b"<saved by " in block:
        return "web"
    if suffix in (".mht", ".mhtml") and b"multipart/related" in block:
        return "web"
    return "mail"


# --- mailboxes ---------------------------------------------------------------------------------------
#
# A mailbox file (mbox: Thunderbird's folders, Gmail's Takeout, mutt, Apple Mail's export) holds its messages one
# after the other, each opened by a "From " separator line: the envelope sender (an address, MAILER-DAEMON or "-")
# and the time it came, in the asctime layout ("From - Thu Nov 14 10:22:33 2024", "From 1782...@xxx Thu Nov 14
# 10:22:33 +0000 2024"). A body line that starts with "From " is written as ">From " (and ">From " as ">>From "
# in the mboxrd variant); one ">" is taken off again.

_FROM_LINE = re.compile(rb"^From [^ \t\r\n]+[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b(?=[^\r\n]*\b\d{1,2}:\d{2})"
                        rb"(?=[^\r\n]*\b(?:19|20)\d{2}\b)[^\r\n]*\r?\n"
                        rb"(?=[A-Za-z][A-Za-z0-9-]{0,75}[ \t]*:)", re.M)
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.M)


def mbox_messages(data: bytes) -> list[bytes] | None:
    """The messages of a mailbox file (mbox), each without its separator line and with its body's ">From "
    lines unquoted; None when ``data`` is no mailbox: it must open (after a UTF-8 BOM) with a separator line
    followed by a header field line, and a message starts only at such a pair of lines."""
    data = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not data.startswith(b"From ") or not _FROM_LINE.match(data):
        return None
    marks = list(_FROM_LINE.finditer(data))
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        body = data[m.end():nxt.start() if nxt else len(data)]
        out.append(_QUOTED_FROM.sub(rb"\1", body))
    return out


# --- decoding parts -------------------------------------------------------------------------------------

def _header(msg: Message, name: str) -> str:
    """A header's value, encoded words decoded, white space collapsed; "" when missing or unreadable."""
    try:
        value = msg.get(name)
        if value is None:
            return ""
        return " ".join(str(value).split())
    except Exception:  # a malformed header the default policy cannot parse: its raw value, decoded as can be
        from email.header import decode_header, make_header

        try:
            raw = msg.get_all(name) or []
            if not raw:
                return ""
            return " ".join(str(make_header(decode_header(str(raw[0])))).split())
        except Exception:
            return ""


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


_META_CHARSET = re.compile(rb"""(?i)<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""")


def _part_text(part: Message, encoding: str | None, problems: list[str], used: list[str]) -> str:
    """A text part's content decoded: with its declared charset (for an HTML part that declares none, the one
    its ``<meta>`` tag names, as a browser reads it), else (none, unknown or wrong) as a text file is
    (:func:`presslens.reading.decode_bytes`), noted in ``problems``."""
    from .reading import decode_bytes

    data = _payload(part)
    if not data:
        return ""
    charset = part.get_content_charset() or ""
    declared = "charset"
    if not charset and part.get_content_type() == "text/html" and (m := _META_CHARSET.search(data, 0, 4096)):
        charset, declared = m.group(1).decode("ascii").lower(), "<meta> charset"
    why = ""
    if charset:
        try:
            text = data.decode(charset)
            used.append(charset)
            return text[1:] if text.startswith("\ufeff") else text
        except LookupError:
            why = f"unknown {declared} {charset!r}"
        except UnicodeDecodeError:
            why = f"not valid {charset}" + (f" (its {declared})" if declared != "charset" else "")
    text, enc, notes = decode_bytes(data, encoding=encoding)
    if enc:
        used.append(enc)
    label = part.get_content_type()
    if why:
        problems.append(f"{label} part {why}: decoded as {enc or 'nothing'}")
    problems.extend(f"{label} part: {n}" for n in notes if n != "empty file")
    return text


def _unflow(text: str, delsp: bool) -> str:
    """A ``format=flowed`` text (RFC 3676) with its soft line breaks (a line ending in a space) joined."""
    out: list[str] = []
    buf: list[str] = []
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line != "-- ":
            buf.append(line[:-1] if delsp else line)
        else:
            out.append("".join(buf) + line)
            buf = []
    if buf:
        out.append("".join(buf))
    return "\n".join(out)


_HTML_DROP = re.compile(r"(?is)<(script|style|head|title)\b.*?</\1\s*>|<!--.*?-->")
_HTML_TAG = re.compile(r"(?s)<[^>]*>")
_WORD = re.compile(r"\w+")


def _html_words(text: str) -> int:
    """Words a browser would show of an HTML text (roughly: tags, scripts, styles and the head left out)."""
    return len(_WORD.findall(html.unescape(_HTML_TAG.sub(" ", _HTML_DROP.sub(" ", text)))))


# --- e-mails ----------------------------------------------------------------------------------------------

class _Mail:
    """One walk over an e-mail's parts, collecting the body's pieces (plain or HTML text) in order."""

    def __init__(self, encoding: str | None) -> None:
        self.encoding = encoding
        self.problems: list[str] = []
        self.attachments: list[str] = []
        self.used: list[str] = []  # charsets that decoded the parts taken
        self.encrypted = False

    def body(self, part: Message, depth: int = 0) -> list[tuple[str, str]]:
        """The pieces of ``part``'s body: ("plain" | "html", text)."""
        if depth > 30:
            self.problems.append("MIME parts nested too deep: the innermost not read")
            return []
        ctype = part.get_content_type()
        if ctype == "message/rfc822":  # a message forwarded as an attachment (its payload: [the message])
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                return self.forwarded(inner, depth)
            return []
        if part.is_multipart():
            subparts = [p for p in (part.get_payload() or []) if isinstance(p, Message)]
            if not subparts:
                return []
            if ctype == "multipart/alternative":
                return self.alternative(subparts, depth)
            if ctype == "multipart/related":
                start = str(part.get_param("start") or "").strip()
                root = next((p for p in subparts if start and str(p.get("Content-ID", "")).strip() == start),
                            subparts[0])
                return self.body(root, depth + 1)
            if ctype == "multipart/signed":
                return self.body(subparts[0], depth + 1)
            if ctype == "multipart/encrypted":
                self.encrypted = True
                return []
            pieces = []
            for p in subparts:
                pieces += self.body(p, depth + 1)
            return pieces
        disposition = part.get_content_disposition()
        if ctype in ("application/pkcs7-mime", "application/x-pkcs7-mime") and \
                part.get_param("smime-type") != "signed-data":
            self.encrypted = True
            return []
        if ctype in ("text/plain", "text/html") and disposition != "attachment":
            text = _part_text(part, self.encoding, self.problems, self.used).replace("\r\n", "\n")
            if ctype == "text/plain" and (part.get_param("format") or "").lower() == "flowed":
                text = _unflow(text, (part.get_param("delsp") or "").lower() == "yes")
            return [("html" if ctype == "text/html" else "plain", text)] if text.strip() else []
        name = _filename(part)
        if disposition == "attachment" or (name and not ctype.startswith("image/")):
            self.attachments.append(name or ctype)
        return []  # pictures shown in the body, style sheets, calendar data...

    def alternative(self, subparts: list[Message], depth: int) -> list[tuple[str, str]]:
        """The version of a multipart/alternative to read: the plain text, unless it is a stub of the HTML."""
        # each version read on its own: the notes and charsets of the one taken are kept
        problems, used, attachments = self.problems, self.used, self.attachments
        versions, notes = [], {}
        for p in subparts:
            self.problems, self.used, self.attachments = [], [], []
            v = self.body(p, depth + 1)
            versions.append(v)
            notes[id(v)] = (self.problems, self.used, self.attachments)
        self.problems, self.used, self.attachments = problems, used, attachments
        plain = next((v for v in versions if v and all(k == "plain" for k, _ in v)), None)
        rich = next((v for v in reversed(versions) if v and any(k == "html" for k, _ in v)), None)
        chosen = plain if plain is not None else rich or next((v for v in reversed(versions) if v), [])
        if plain is not None and rich is not None:
            plain_words = sum(len(_WORD.findall(t)) for _, t in plain)
            html_words = sum(_html_words(t) if k == "html" else len(_WORD.findall(t)) for k, t in rich)
            if html_words >= 20 and plain_words * 3 < html_words:
                self.problems.append(f"the e-mail's plain text is a stub ({plain_words} words): its HTML "
                                     f"version read ({html_words} words)")
                chosen = rich
        if id(chosen) in notes:
            p, u, a = notes[id(chosen)]
            self.problems += p
            self.used += u
            self.attachments += a
        return chosen

    def forwarded(self, inner: Message, depth: int) -> list[tuple[str, str]]:
        lines = header_lines(inner)
        head = "\n".join([FORWARD_LINE, *lines])
        return [("plain", head), *self.body(inner, depth + 1)]


def _filename(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except Exception:
        return ""


def header_lines(msg: Message) -> list[str]:
    """The e-mail's From:, Date: and Subject: lines, as a mail client shows them."""
    return [f"{name}: {v}" for name in ("From", "Date", "Subject") if (v := _header(msg, name))]


def _defects(msg: Message) -> list[str]:
    """The damage the e-mail parser met (missing boundaries: a message cut short), once per kind."""
    kinds: list[str] = []
    for part in msg.walk():
        for d in getattr(part, "defects", []):
            name = type(d).__name__
            if name in ("StartBoundaryNotFoundDefect", "CloseBoundaryNotFoundDefect", "InvalidBase64PaddingDefect",
                        "InvalidBase64CharactersDefect", "InvalidBase64LengthDefect",
                        "MultipartInvariantViolationDefect") and name not in kinds:
                kinds.append(name)
    if not kinds:
        return []
    return [f"damaged MIME message ({', '.join(kinds)}; cut short?): the text read is kept"]


def _mail_text(msg: Message, encoding: str | None) -> tuple[str, str, list[str], dict]:
    reader = _Mail(encoding)
    lines = header_lines(msg)
    pieces = reader.body(msg)
    problems = list(reader.problems)
    body = "\n\n".join(t.strip("\n") for _, t in pieces if t.strip())
    if reader.encrypted and not body:
        return "", "", ["encrypted e-mail (S/MIME or PGP), not read"], {}
    if reader.attachments:
        problems.append(attachments_note(reader.attachments))
    problems += _defects(msg)
    text = letter("\n".join(lines), body, problems, "e-mail")
    if not text:
        return "", "", problems, {}
    charset = reader.used[0] if reader.used else ""
    return text, f"eml ({charset})" if charset else "eml", problems, {}


def attachments_note(names: list[str]) -> str:
    """The problem naming a message's attachments, which are not read (the first five)."""
    return f"{len(names)} attachment(s) not read: " + ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")


def letter(head: str, body: str, problems: list[str], what: str) -> str:
    """A message as a plain-text copy shows it: its header lines (``head``), a blank line, its body; "" when it
    has neither. An empty body adds "no text in the <what>'s body" to ``problems``."""
    if not body.strip():
        problems.append(f"no text in the {what}'s body")
        if not head:
            return ""
    return head + "\n\n" + body + ("\n" if body and not body.endswith("\n") else "")


# --- web-page archives ------------------------------------------------------------------------------------

def _location(part: Message) -> str:
    return _header(part, "Content-Location")


def _web_text(msg: Message, encoding: str | None) -> tuple[str, str, list[str], dict]:
    snapshot = _header(msg, "Snapshot-Content-Location")
    parts = [p for p in msg.walk() if not p.is_multipart()]
    pages = [p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    main = None
    if snapshot:
        main = next((p for p in pages if _location(p) == snapshot), None)
    if main is None and msg.is_multipart() and (start := msg.get_param("start")):
        main = next((p for p in pages if str(p.get("Content-ID", "")).strip() == str(start).strip()), None)
    if main is None and pages:
        main = pages[0]
    problems: list[str] = []
    if main is None:
        other = next((p for p in parts if p.get_content_type() == "text/plain"), None)
        if other is None:
            return "", "", ["no HTML page in the web archive (MHTML)", *_defects(msg)], {}
        main = other
        problems.append("no HTML page in the web archive (MHTML): its text part read")
    used: list[str] = []
    text = _part_text(main, encoding, problems, used).replace("\r\n", "\n")
    problems += _defects(msg)
    url = snapshot or _location(main)
    hints = {"url": url} if re.match(r"(?i)https?://", url) else {}
    if not text.strip():
        problems.append("the web archive's page is empty")
        return "", "", problems, hints
    return text, f"mhtml ({used[0]})" if used else "mhtml", problems, hints


def mime_text(data: bytes, kind: str = "mail", *, encoding: str | None = None) -> tuple[str, str, list[str], dict]:
    """The text of an e-mail (``kind`` "mail") or of a web-page archive ("web"), see the module docstring:
    ``(text, encoding, problems, hints)``; ``encoding`` is "eml (koi8-r)", "mhtml (utf-8)": the format and
    the charset of the first part read. ``encoding`` (the caller's) decodes parts that declare no charset."""
    if not data.strip():
        return "", "", ["empty file"], {}
    data = _start(data)
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the parser is lenient; this is for the unforeseen
        return "", "", [f"unreadable MIME message ({type(exc).__name__}: {exc})"], {}
    try:
        if kind == "web":
            return _web_text(msg, encoding)
        return _mail_text(msg, encoding)
    except Exception as exc:  # never let one file stop the run
        return "", "", [f"MIME message unreadable ({type(exc).__name__}: {exc})"], {}

