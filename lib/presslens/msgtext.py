"""Text out of Outlook messages saved as ``.msg`` files, with :mod:`olefile`.

A ``.msg`` file is an OLE compound file holding the message's MAPI properties ([MS-OXMSG]): strings and binary
values each in a stream named ``__substg1.0_<id><type>``, fixed-size values (times, numbers) in the
``__properties_version1.0`` stream, each attachment in a ``__attach_version1.0_#<n>`` storage, a message
attached to it (forwarded as an attachment) in that storage's ``__substg1.0_3701000D`` storage.

:func:`msg_text` gives the text a plain-text copy of the message would have, as
:func:`presslens.mailtext.mime_text` does for a saved ``.eml``: ``From:``, ``Date:`` and ``Subject:`` lines, a
blank line, then the body: the plain-text body, unless it is missing or a stub ("View this e-mail in your
browser": fewer than a third of the words of the HTML body), then the HTML body as it is (the parser reads
HTML), else the RTF body (decompressed, [MS-OXRTFCP]) read as an RTF file is. A message attached to it follows
under a "---------- Forwarded message ---------" line and its own header lines; other attachments are not read
(``problems`` names them). An encrypted or signed-only-as-attachment message (S/MIME) is not read.
"""

from __future__ import annotations

import datetime as dt
import struct
from email.utils import format_datetime

__all__ = ["is_msg", "msg_text"]

_PT_STRING8, _PT_UNICODE, _PT_BINARY, _PT_SYSTIME, _PT_LONG = 0x001E, 0x001F, 0x0102, 0x0040, 0x0003
_SUBJECT, _CLASS, _SUBMIT_TIME, _DELIVERY_TIME = 0x0037, 0x001A, 0x0039, 0x0E06
_SENDER_NAME, _SENDER_ADDRESS, _SENDER_SMTP = 0x0C1A, 0x0C1F, 0x5D01
_BODY, _HTML, _RTF = 0x1000, 0x1013, 0x1009
_CODEPAGE, _INTERNET_CPID = 0x3FFD, 0x3FDE
_ATTACH_LONG_NAME, _ATTACH_NAME, _ATTACH_DISPLAY = 0x3707, 0x3704, 0x3001
_EMBEDDED = "__substg1.0_3701000D"
_PROPS = "__properties_version1.0"
_FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)
_MAX_DEPTH = 5  # messages attached to messages, read at most this deep


def is_msg(ole) -> bool:
    """Whether the open OLE file ``ole`` (an :class:`olefile.OleFileIO`) is an Outlook message: it has the
    property stream and a message class or subject."""
    return ole.exists(_PROPS) and any(ole.exists(_name(_CLASS, t)) or ole.exists(_name(_SUBJECT, t))
                                      for t in (_PT_UNICODE, _PT_STRING8))


def _name(prop: int, ptype: int) -> str:
    return f"__substg1.0_{prop:04X}{ptype:04X}"


class _Props:
    """The properties of one message, attachment or embedded message (the storage path ``base``)."""

    def __init__(self, ole, base: list[str], header: int):
        self.ole, self.base = ole, base
        self.fixed: dict[int, tuple[int, bytes]] = {}
        path = [*base, _PROPS]
        if ole.exists("/".join(path)):
            raw = ole.openstream(path).read()
            for pos in range(header, len(raw) - 15, 16):
                tag, _flags = struct.unpack_from("<II", raw, pos)
                self.fixed[tag >> 16] = (tag & 0xFFFF, raw[pos + 8:pos + 16])
        self.codepage = self.long(_INTERNET_CPID) or self.long(_CODEPAGE) or 1252

    def raw(self, prop: int, ptype: int) -> bytes | None:
        path = [*self.base, _name(prop, ptype)]
        return self.ole.openstream(path).read() if self.ole.exists("/".join(path)) else None

    def string(self, prop: int) -> str:
        data = self.raw(prop, _PT_UNICODE)
        if data is not None:
            return data.decode("utf-16-le", "replace").split("\x00", 1)[0]
        data = self.raw(prop, _PT_STRING8)
        if data is not None:
            return _decode(data.split(b"\x00", 1)[0], self.codepage)
        return ""

    def long(self, prop: int) -> int:
        ptype, value = self.fixed.get(prop, (0, b""))
        return struct.unpack_from("<i", value)[0] if ptype == _PT_LONG else 0

    def time(self, prop: int) -> dt.datetime | None:
        ptype, value = self.fixed.get(prop, (0, b""))
        if ptype != _PT_SYSTIME:
            return None
        ticks = struct.unpack_from("<q", value)[0]
        if ticks <= 0:
            return None
        try:
            return _FILETIME_EPOCH + dt.timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None


def _decode(data: bytes, codepage: int) -> str:
    from .formats import _codepage

    return data.decode(_codepage(codepage) or "cp1252", "replace")


def header_lines(props: _Props) -> list[str]:
    """The message's From:, Date: and Subject: lines, as a mail client shows them."""
    name = props.string(_SENDER_NAME).strip()
    address = (props.string(_SENDER_SMTP) or props.string(_SENDER_ADDRESS)).strip()
    if "@" not in address:
        address = ""  # an Exchange address ("/O=EXCHANGELABS/OU=..."), no e-mail address
    sender = f"{name} <{address}>" if name and address and name != address else name or address
    when = props.time(_SUBMIT_TIME) or props.time(_DELIVERY_TIME)
    lines = []
    if sender:
        lines.append(f"From: {sender}")
    if when is not None:
        lines.append(f"Date: {format_datetime(when)}")
    if subject := " ".join(props.string(_SUBJECT).split()):
        lines.append(f"Subject: {subject}")
    return lines


def rtf_decompress(data: bytes) -> bytes:
    """The RTF of a compressed RTF body ([MS-OXRTFCP]: "LZFu" compressed or "MELA" stored); raises
    ValueError for anything else or damaged data."""
    if len(data) < 16:
        raise ValueError("compressed RTF too short")
    comp_size, raw_size, kind, _crc = struct.unpack_from("<IIII", data)
    body = data[16:4 + comp_size]
    if kind == 0x414C454D:  # "MELA": not compressed
        return body[:raw_size]
    if kind != 0x75465A4C:  # "LZFu"
        raise ValueError("unknown compressed RTF format")
    window = bytearray(_RTF_PREBUF.ljust(4096, b"\x00"))
    wp = len(_RTF_PREBUF)
    out = bytearray()
    pos, end = 0, len(body)
    while pos < end:
        control = body[pos]
        pos += 1
        for bit in range(8):
            if pos >= end:
                break
            if control >> bit & 1:
                if pos + 1 >= end:
                    raise ValueError("compressed RTF cut short")
                ref = body[pos] << 8 | body[pos + 1]
                pos += 2
                offset, length = ref >> 4, (ref & 0xF) + 2
                if offset == wp:
                    return bytes(out[:raw_size])
                for i in range(length):
                    byte = window[(offset + i) & 0xFFF]
                    out.append(byte)
                    window[wp] = byte
                    wp = (wp + 1) & 0xFFF
            else:
                byte = body[pos]
                pos += 1
                out.append(byte)
                window[wp] = byte
                wp = (wp + 1) & 0xFFF
    return bytes(out[:raw_size])


_RTF_PREBUF = (b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
               b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
               b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")


class _Reader:
    def __init__(self):
        self.problems: list[str] = []
        self.attachments: list[str] = []
        self.charsets: list[str] = []
        self.encrypted = False

    def body(self, props: _Props) -> str:
        from .mailtext import _html_words

        plain = props.string(_BODY).replace("\r\n", "\n")
        html = ""
        data = props.raw(_HTML, _PT_BINARY)
        if data is not None:
            html = _html_decode(data, props.codepage)
        elif props.raw(_HTML, _PT_UNICODE) is not None:
            html = props.string(_HTML)
        if plain.strip() and not (html and len(plain.split()) * 3 < _html_words(html)):
            return plain
        if html.strip():
            return html.replace("\r\n", "\n")
        rtf = props.raw(_RTF, _PT_BINARY)
        if rtf:
            from .formats import rtf_text

            try:
                text, problems = rtf_text(rtf_decompress(rtf))
            except ValueError as exc:
                self.problems.append(f"the message's RTF body is damaged ({exc}): not read")
                return plain
            self.problems += problems
            return text
        return plain

    def message(self, ole, base: list[str], header: int, depth: int = 0) -> list[str]:
        """The header lines and body of the message at ``base``, then those of the messages attached to it."""
        props = _Props(ole, base, header)
        kind = props.string(_CLASS).lower()
        pieces = ["\n".join(header_lines(props))]
        if kind.startswith("ipm.note.smime") and "multipartsigned" not in kind:
            self.encrypted = True
        else:
            pieces.append(self.body(props).strip("\n"))
        prefix = "/".join(base) + "/" if base else ""
        stores = sorted({e[len(base)] for e in ole.listdir(streams=True, storages=True)
                         if len(e) > len(base) and e[:len(base)] == base
                         and e[len(base)].startswith("__attach_version1.0_#")})
        for store in stores:
            path = [*base, store]
            if ole.exists(prefix + store + "/" + _EMBEDDED):
                if depth < _MAX_DEPTH:
                    from .mailtext import FORWARD_LINE

                    inner = self.message(ole, [*path, _EMBEDDED], 24, depth + 1)
                    pieces += ["\n".join([FORWARD_LINE, *filter(None, [inner[0]])]), *inner[1:]]
                continue
            att = _Props(ole, path, 8)
            name = att.string(_ATTACH_LONG_NAME) or att.string(_ATTACH_NAME) or att.string(_ATTACH_DISPLAY)
            self.attachments.append(name or "(unnamed)")
        return pieces


def _html_decode(data: bytes, codepage: int) -> str:
    """An HTML body's bytes as text: by the charset its <meta> declares, else the message's code page."""
    import re

    m = re.search(rb"<meta[^>]{0,200}?charset=[\"']?([A-Za-z0-9_.:-]{2,40})", data[:4096], re.I)
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return _decode(data, codepage)


def msg_text(ole) -> tuple[str, str, list[str], dict] | None:
    """The text of the Outlook message in the open OLE file ``ole`` (an :class:`olefile.OleFileIO`; see the module
    docstring): ``(text, encoding, problems, hints)``, ``encoding`` "msg"; None when it holds no Outlook message.
    Never raises."""
    from .mailtext import attachments_note, letter

    try:
        if not is_msg(ole):
            return None
        reader = _Reader()
        pieces = reader.message(ole, [], 32)
    except Exception as exc:  # never let one file stop the run
        return "", "", [f"Outlook message unreadable ({type(exc).__name__}: {exc})"], {}
    problems = list(reader.problems)
    head, body = pieces[0], "\n\n".join(p for p in pieces[1:] if p.strip())
    if reader.encrypted and not body.strip():
        return "", "", ["encrypted Outlook message (S/MIME), not read"], {}
    if reader.attachments:
        problems.append(attachments_note(reader.attachments))
    text = letter(head, body, problems, "message")
    return text, "msg" if text else "", problems, {}
