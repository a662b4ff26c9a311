"""Telegram Desktop's exports of a channel's or chat's history ("Export chat history"): the machine-readable
``result.json`` and the HTML pages ``messages.html``, ``messages2.html``... One :class:`Post` per message.

``result.json`` is ``{"name", "type", "id", "messages": [...]}`` (an export of the whole account holds such chats
under ``"chats": {"list": [...]}``, and ``"left_chats"``). A message is ``{"id", "type": "message" | "service",
"date": "2024-05-16T10:00:00", "date_unixtime", "from", "author" (a channel post's signature), "text",
"text_entities", "forwarded_from", "photo", "media_type", "file", "poll", ...}``; its ``text`` is a string or a
list of strings and entities (``{"type": "bold" | "link" | "text_link" | "mention" | ..., "text": ...}``), whose
texts are joined (a ``text_link``'s address is left out, as a reader sees it).

The HTML pages hold ``div.message`` blocks: ``div.from_name`` (absent from a message "joined" to the one before it:
the same sender), ``div.date.details`` whose ``title`` is "16.05.2024 10:00:00 UTC+03:00", ``div.text`` (``<br>``
for line breaks), a ``div.forwarded`` block around a forwarded message's sender and text, ``div.media_wrap`` for
photos, videos, files and polls, ``div.signature``; ``div.message.service`` for service messages and the day
separators between messages (these last are no messages, and are not counted).

A post's date is the export's local time as written (the JSON's ``date``; the HTML's without its UTC offset,
which the JSON does not give either). Its source is the chat's name; its author the signature, else the sender
when the sender is not the channel itself. A message with no text (a photo, a sticker, a poll...) is a post with
a problem naming what it holds; service messages (channel created, message pinned...) are no articles: they are
counted in a note. A forwarded message says where it came from in its problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Post:
    """One message of a Telegram export."""

    anchor: str  # "message123": the message's id in the export (the HTML page's anchor for it)
    text: str
    published: str = ""
    source: str = ""
    author: str = ""
    problems: list[str] = field(default_factory=list)

    def hints(self) -> dict:
        out = {"published": self.published, "source": self.source}
        if self.author:
            out["authors"] = self.author
        return out


# --- result.json -------------------------------------------------------------------------------------------

def is_json_export(obj) -> bool:
    """Whether a JSON value read from a file is a Telegram Desktop export (one chat, or the whole account)."""
    if not isinstance(obj, dict):
        return False
    messages = obj.get("messages")
    if isinstance(messages, list):
        first = next((m for m in messages[:10] if isinstance(m, dict)), None)
        return first is not None and "type" in first and ("date" in first or "date_unixtime" in first) or \
            (not messages and "type" in obj and "name" in obj)
    chats = obj.get("chats")
    return isinstance(chats, dict) and isinstance(chats.get("list"), list) and "personal_information" in obj


# What a message with no text holds, by its keys
_MEDIA = (("photo", "a photo"), ("sticker_emoji", "a sticker"), ("poll", "a poll"), ("location_information",
          "a location"), ("contact_information", "a contact"), ("game_title", "a game"), ("invoice_information",
          "an invoice"), ("file", "a file"))
_MEDIA_TYPES = {"video_file": "a video", "voice_message": "a voice message", "audio_file": "an audio file",
                "video_message": "a video message", "animation": "an animation (GIF)", "sticker": "a sticker"}


def _joined_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(v if isinstance(v, str) else str(v.get("text") or "") if isinstance(v, dict) else ""
                       for v in value)
    return ""


def _media(msg: dict) -> str:
    if (kind := msg.get("media_type")) in _MEDIA_TYPES:
        return _MEDIA_TYPES[kind]
    return next((what for key, what in _MEDIA if msg.get(key)), "")


def json_posts(obj: dict) -> tuple[list[Post], list[str]]:
    """The posts of a Telegram export read from ``result.json`` (see :func:`is_json_export`): ``(posts,
    notes)``, ``notes`` counting the service messages and what is not a message."""
    chats = [obj] if isinstance(obj.get("messages"), list) else [
        c for key in ("chats", "left_chats") if isinstance(obj.get(key), dict)
        for c in (obj[key].get("list") or []) if isinstance(c, dict)]
    posts: list[Post] = []
    service: list[str] = []
    odd = 0
    several = len(chats) > 1
    for chat in chats:
        name = str(chat.get("name") or "")
        channel = str(chat.get("type") or "").endswith("channel")
        for msg in chat.get("messages") or []:
            if not isinstance(msg, dict):
                odd += 1
                continue
            if msg.get("type") == "service":
                service.append(str(msg.get("action") or "service"))
                continue
            number = str(msg.get("id", len(posts) + 1))
            text = _joined_text(msg.get("text"))
            if not text.strip() and msg.get("text_entities"):
                text = _joined_text(msg.get("text_entities"))
            sender = str(msg.get("from") or "")
            author = str(msg.get("author") or "") or (sender if sender and sender != name and not channel else "")
            post = Post(f"message{number}" if not several else f"chat{chat.get('id', '')}-message{number}",
                        text.strip(), published=str(msg.get("date") or msg.get("date_unixtime") or ""),
                        source=name, author=author)
            _describe(post, str(msg.get("forwarded_from") or ""), _media(msg))
            posts.append(post)
    notes = [_service_note(service)] if service else []
    if odd:
        notes.append(f"{odd} entries of the messages list are not messages (not JSON objects), not read")
    return posts, notes


def _describe(post: Post, forwarded: str, media: str) -> None:
    if forwarded:
        post.problems.append(f"forwarded from {forwarded}")
    if not post.text:
        post.problems.append(f"no text in the message: {media} only, not read" if media else
                             "no text in the message")


def _service_note(kinds: list[str]) -> str:
    counts: dict[str, int] = {}
    for k in kinds:
        counts[k] = counts.get(k, 0) + 1
    listed = ", ".join(f"{k} ({n})" if n > 1 else k for k, n in list(counts.items())[:8])
    more = ", ..." if len(counts) > 8 else ""
    return f"{len(kinds)} service message(s) of the chat, not articles, left out: {listed}{more}"


# --- messages.html -----------------------------------------------------------------------------------------

def is_html_export(data: bytes) -> bool:
    """Whether an HTML file is a page of a Telegram Desktop export (``messages.html``...)."""
    head = data[:16384]
    return b'class="history"' in head and (b'class="page_wrap"' in head or b"Exported Data" in head)


_HTML_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?")
_MEDIA_CLASSES = (("photo", "a photo"), ("video_file", "a video"), ("video", "a video"), ("voice", "a voice message"),
                  ("audio", "an audio file"), ("sticker", "a sticker"), ("animated", "an animation (GIF)"),
                  ("poll", "a poll"), ("location", "a location"), ("contact", "a contact"), ("file", "a file"))


def _html_date(title: str) -> str:
    m = _HTML_DATE.match(title)
    if not m:
        return title.strip()
    d, mo, y, h, mi, s = m.groups()
    return f"{y}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{mi}:{s or '00'}"


class _Page(HTMLParser):
    """One pass over an export page: the messages' parts collected as their elements open and close."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chat = ""
        self.posts: list[Post] = []
        self.service: list[str] = []
        self.stack: list[tuple[str, set[str]]] = []  # the open div and span elements: (tag, classes)
        self.msg: dict | None = None  # the message being read
        self.msg_depth = 0
        self.capture: str | None = None  # what the text being read is: "chat", "from", "forwarded", "text"...
        self.capture_depth = 0
        self.buffer: list[str] = []
        self.last_sender = ""

    def _inside(self, cls: str) -> bool:
        return any(cls in classes for _t, classes in self.stack)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "br":
            if self.capture == "text":
                self.buffer.append("\n")
            return
        if tag not in ("div", "span", "a"):
            if tag in ("p", "blockquote", "pre") and self.capture == "text" and self.buffer:
                self.buffer.append("\n")
            return
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        if self.msg is not None and "media_wrap" not in classes and self._inside("media_wrap") and not self.msg["media"]:
            joined = " ".join(sorted(classes))
            self.msg["media"] = next((what for key, what in _MEDIA_CLASSES if key in joined), "")
        if tag == "a":
            return
        self.stack.append((tag, classes))
        depth = len(self.stack)
        if tag == "div" and "message" in classes and (a.get("id") or "").startswith("message"):
            self._close_message()
            self.msg = {"id": a.get("id") or "", "service": "service" in classes, "from": "", "forwarded": "",
                        "date": "", "text": [], "media": "", "signature": "", "body": []}
            self.msg_depth = depth
            return
        if self.capture is not None:
            return
        if tag == "div" and "text" in classes and "bold" in classes and self._inside("page_header"):
            self._start("chat", depth)
        elif self.msg is None:
            return
        elif self.msg["service"] and "body" in classes:
            self._start("service", depth)
        elif tag == "div" and "from_name" in classes:
            self._start("forwarded" if self._inside("forwarded") else "from", depth)
        elif "date" in classes and "details" in classes and not self._inside("forwarded") and a.get("title"):
            self.msg["date"] = _html_date(a["title"] or "")
        elif tag == "div" and "text" in classes:
            self._start("text", depth)
        elif tag == "div" and "signature" in classes:
            self._start("signature", depth)
        elif tag == "div" and "media_wrap" in classes:
            self.msg["media"] = self.msg["media"] or ""

    def _start(self, what: str, depth: int) -> None:
        self.capture, self.capture_depth, self.buffer = what, depth, []

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("div", "span"):
            if tag in ("p", "blockquote", "pre") and self.capture == "text":
                self.buffer.append("\n")
            return
        # close the innermost open element of this tag (a stray end tag closes nothing)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                depth = i + 1
                del self.stack[i:]
                break
        else:
            return
        if self.capture is not None and depth <= self.capture_depth:
            self._finish_capture()
        if self.msg is not None and depth <= self.msg_depth:
            self._close_message()

    def handle_data(self, data: str) -> None:
        if self.capture is None:
            return
        if self.capture in ("from", "forwarded") and self._inside("details"):
            return  # the date written after a forwarded message's sender
        self.buffer.append(re.sub(r"[ \t\r\n]+", " ", data))

    def _finish_capture(self) -> None:
        what, raw = self.capture, "".join(self.buffer)
        self.capture, self.buffer = None, []
        value = "\n".join(line.strip() for line in raw.split("\n")).strip() if what == "text" else " ".join(raw.split())
        if what == "chat":
            self.chat = value
        elif self.msg is None:
            return
        elif what == "text":
            self.msg["text"].append(value)
        elif what == "service":
            self.msg["body"].append(value)
        elif what in ("from", "forwarded", "signature") and not self.msg[what]:
            self.msg[what] = value

    def _close_message(self) -> None:
        msg, self.msg = self.msg, None
        if msg is None:
            return
        if self.capture is not None:
            self._finish_capture()
        if msg["service"]:
            if not re.fullmatch(r"message-\d+", msg["id"]):  # (negative ids: the day separators)
                self.service.append(" ".join(msg["body"])[:60] or "service")
            return
        sender = msg["from"] or self.last_sender
        self.last_sender = sender
        author = msg["signature"] or (sender if sender and sender != self.chat else "")
        post = Post(msg["id"], "\n\n".join(t for t in msg["text"] if t), published=msg["date"], author=author)
        _describe(post, msg["forwarded"], msg["media"])
        self.posts.append(post)


def html_posts(text: str) -> tuple[list[Post], list[str]]:
    """The posts of one page of a Telegram HTML export (its decoded text): ``(posts, notes)``."""
    page = _Page()
    page.feed(text)
    page.close()
    page._close_message()
    for post in page.posts:
        post.source = page.chat
        if post.author == page.chat:
            post.author = ""
    notes = [_service_note(page.service)] if page.service else []
    return page.posts, notes
