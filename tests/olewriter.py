"""Outlook .msg files for the tests, built here: a small writer of OLE compound files ([MS-CFB], version 3:
512-byte sectors, streams under 4,096 bytes in the mini stream) and the MAPI properties of a message
([MS-OXMSG]) as Outlook stores them. Not part of presslens: presslens only reads such files (with olefile)."""

from __future__ import annotations

import datetime as dt
import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR, MINI, CUTOFF = 512, 64, 4096


def _chain(fat: list[int], start: int, count: int) -> None:
    for i in range(count):
        fat.append(start + i + 1 if i < count - 1 else END)


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file holding ``streams`` ({"storage/sub/stream": bytes}; storages made from the paths)."""
    # the directory: root, storages, streams
    entries = [{"name": "Root Entry", "type": 5, "kids": [], "data": b""}]
    index = {"": 0}
    for path in sorted(streams):
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            if key in index:
                continue
            stream = depth == len(parts)
            index[key] = len(entries)
            entries.append({"name": parts[depth - 1], "type": 2 if stream else 1, "kids": [],
                            "data": streams[path] if stream else b""})
            entries[index["/".join(parts[:depth - 1])]]["kids"].append(index[key])
    # stream data: small streams in the mini stream, the others in sectors of their own
    mini = bytearray()
    minifat: list[int] = []
    big: list[tuple[int, bytes]] = []
    for e in entries:
        if e["type"] != 2:
            continue
        data = e["data"]
        if len(data) < CUTOFF:
            n = max(1, -(-len(data) // MINI)) if data else 0
            e["start"] = len(minifat) if n else END
            if n:
                _chain(minifat, len(minifat), n)
                mini += data.ljust(n * MINI, b"\x00")
        else:
            big.append((entries.index(e), data))
    fat: list[int] = []
    blob = bytearray()

    def put(data: bytes) -> int:
        n = -(-len(data) // SECTOR)
        start = len(fat)
        _chain(fat, start, n)
        blob.extend(data.ljust(n * SECTOR, b"\x00"))
        return start

    for i, data in big:
        entries[i]["start"] = put(data)
    entries[0]["start"] = put(bytes(mini)) if mini else END
    entries[0]["data"] = bytes(mini)
    minifat_start = put(b"".join(struct.pack("<I", v) for v in minifat)) if minifat else END
    minifat_count = -(-len(minifat) * 4 // SECTOR)
    directory = b"".join(_entry(e, entries) for e in entries)
    directory += _empty_entry() * ((-len(entries)) % 4)
    dir_start = put(directory)
    # the FAT itself: its sectors come last and are marked as FAT sectors
    n_fat = 1
    while (len(fat) + n_fat) > n_fat * (SECTOR // 4):
        n_fat += 1
    fat_start = len(fat)
    fat += [FATSECT] * n_fat
    fat += [FREE] * (n_fat * (SECTOR // 4) - len(fat))
    blob += b"".join(struct.pack("<I", v) for v in fat)
    assert n_fat <= 109
    difat = [fat_start + i for i in range(n_fat)] + [FREE] * (109 - n_fat)
    header = (MAGIC + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, CUTOFF, minifat_start, minifat_count, END, 0)
              + b"".join(struct.pack("<I", v) for v in difat))
    assert len(header) == SECTOR
    return header + bytes(blob)


def _tree(ids: list[int], entries: list[dict]) -> int:
    """The kids ``ids`` as a binary search tree (by name length, then upper-case name): its root's id."""
    if not ids:
        return NOSTREAM
    ids = sorted(ids, key=lambda i: (len(entries[i]["name"]), entries[i]["name"].upper()))
    mid = len(ids) // 2
    entries[ids[mid]]["left"] = _tree(ids[:mid], entries)
    entries[ids[mid]]["right"] = _tree(ids[mid + 1:], entries)
    return ids[mid]


def _entry(e: dict, entries: list[dict]) -> bytes:
    if "child" not in e:
        e["child"] = _tree(e["kids"], entries) if e["type"] in (1, 5) else NOSTREAM
    name = e["name"].encode("utf-16-le") + b"\x00\x00"
    size = len(e["data"]) if e["type"] in (2, 5) else 0
    start = e.get("start", END) if e["type"] in (2, 5) else 0
    return (name.ljust(64, b"\x00") + struct.pack("<HBB", len(name), e["type"], 1)
            + struct.pack("<III", e.get("left", NOSTREAM), e.get("right", NOSTREAM), e["child"])
            + bytes(16) + bytes(4) + bytes(16) + struct.pack("<IQ", start, size))


def _empty_entry() -> bytes:
    return bytes(64) + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) + bytes(36) \
        + struct.pack("<IQ", 0, 0)


# --- MAPI properties of a message --------------------------------------------------------------------------

def _filetime(when: dt.datetime) -> int:
    return int((when - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)


def _props(fixed: list[tuple[int, int, bytes]], header: int, counts: tuple[int, int] = (0, 0)) -> bytes:
    if header == 32:
        head = bytes(8) + struct.pack("<IIII", counts[0], counts[1], counts[0], counts[1]) + bytes(8)
    elif header == 24:
        head = bytes(8) + struct.pack("<IIII", counts[0], counts[1], counts[0], counts[1])
    else:
        head = bytes(header)
    return head + b"".join(struct.pack("<II", ptype | prop << 16, 6) + value.ljust(8, b"\x00")
                           for prop, ptype, value in fixed)


def message_streams(*, subject: str, sender: str = "", address: str = "", when: dt.datetime | None = None,
                    body: str | None = None, html: bytes | None = None, rtf: bytes | None = None,
                    attachments: tuple[str, ...] = (), embedded: dict[str, bytes] | None = None,
                    kind: str = "IPM.Note", string8: str | None = None, codepage: int | None = None,
                    header: int = 32) -> dict[str, bytes]:
    """The streams of an Outlook message: ``string8`` (a code page's codec name) writes its strings as 8-bit
    strings in that code page (``codepage``, its number) instead of UTF-16; ``embedded``: a message attached to
    it (the streams of another :func:`message_streams`, made with ``header=24``)."""
    s: dict[str, bytes] = {}

    def string(prop: int, value: str, prefix: str = "") -> None:
        if string8:
            s[f"{prefix}__substg1.0_{prop:04X}001E"] = value.encode(string8) + b"\x00"
        else:
            s[f"{prefix}__substg1.0_{prop:04X}001F"] = value.encode("utf-16-le") + b"\x00\x00"

    string(0x001A, kind)
    string(0x0037, subject)
    if sender:
        string(0x0C1A, sender)
    if address:
        string(0x5D01, address)
    if body is not None:
        string(0x1000, body)
    if html is not None:
        s["__substg1.0_10130102"] = html
    if rtf is not None:
        s["__substg1.0_10090102"] = rtf
    fixed: list[tuple[int, int, bytes]] = []
    if when is not None:
        fixed.append((0x0039, 0x0040, struct.pack("<q", _filetime(when))))
    if codepage is not None:
        fixed.append((0x3FFD, 0x0003, struct.pack("<i", codepage)))
    n_att = len(attachments) + (1 if embedded else 0)
    s["__properties_version1.0"] = _props(fixed, header, (0, n_att))
    for i, name in enumerate(attachments):
        pre = f"__attach_version1.0_#{i:08X}/"
        string(0x3707, name, pre)
        s[pre + "__substg1.0_37010102"] = b"%PDF-1.4 attachment bytes"
        s[pre + "__properties_version1.0"] = _props([(0x3705, 0x0003, struct.pack("<i", 1))], 8)
    if embedded:
        pre = f"__attach_version1.0_#{len(attachments):08X}/"
        s[pre + "__properties_version1.0"] = _props([(0x3705, 0x0003, struct.pack("<i", 5))], 8)
        for path, data in embedded.items():
            s[pre + "__substg1.0_3701000D/" + path] = data
    return s


def rtf_compressed(rtf: bytes, *, stored: bool = False) -> bytes:
    """``rtf`` as Outlook keeps an RTF body ([MS-OXRTFCP]): "MELA" (stored) when ``stored``, else "LZFu" with
    literal bytes and back references to runs of at least 3 bytes already written in the 4,096-byte window."""
    if stored:
        return struct.pack("<IIII", len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf
    prebuf = (b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
              b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
              b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")
    window = bytearray(prebuf.ljust(4096, b"\x00"))
    wp = len(prebuf)
    out = bytearray()
    tokens: list[bytes] = []
    flags = 0
    pos = 0

    def flush() -> None:
        nonlocal flags, tokens
        out.append(flags)
        out.extend(b"".join(tokens))
        flags, tokens = 0, []

    while pos <= len(rtf):
        if pos == len(rtf):  # the end: a reference to the write position
            flags |= 1 << len(tokens)
            tokens.append(struct.pack(">H", wp << 4))
            flush()
            break
        best_len, best_off = 0, 0
        # a run already in the window (not overlapping the write position), up to 17 bytes
        chunk = rtf[pos:pos + 17]
        for length in range(min(17, len(chunk)), 2, -1):
            found = bytes(window).find(chunk[:length])
            if found >= 0 and not (found <= wp < found + length) and found + length <= 4096:
                best_len, best_off = length, found
                break
        if best_len:
            flags |= 1 << len(tokens)
            tokens.append(struct.pack(">H", best_off << 4 | (best_len - 2)))
            for i in range(best_len):
                window[wp] = window[(best_off + i) & 0xFFF]
                wp = (wp + 1) & 0xFFF
            pos += best_len
        else:
            tokens.append(rtf[pos:pos + 1])
            window[wp] = rtf[pos]
            wp = (wp + 1) & 0xFFF
            pos += 1
        if len(tokens) == 8:
            flush()
    body = bytes(out)
    return struct.pack("<IIII", len(body) + 12, len(rtf), 0x75465A4C, 0) + body
