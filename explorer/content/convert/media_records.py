"""A card's medium made into a media record: a web address as a remote medium of the kind
its address names, a picture beside the source copied into the pack's ``media/`` folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from explorer.content.convert.drafts import DraftMedia
from explorer.content.convert.ids import IdMaker
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.text_fit import cut, fit
from explorer.content.limits import ATTRIBUTION, CAPTION, MAX_URL_CHARS
from explorer.content.media_check import image_problem
from explorer.content.text_rules import url_problem

NOT_STATED = "Not stated in the source"
MAX_PICTURE_BYTES = 64 * 1024 * 1024
"""The most a pack's picture file may take (a file read whole)."""
_IMAGE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff")
_AUDIO_ENDINGS = (".mp3", ".ogg", ".oga", ".wav", ".m4a", ".flac")
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com")
_PICTURE_SUFFIXES = {b"\x89PNG": ".png", b"\xff\xd8\xff": ".jpg"}


def media_kind(address: str) -> str:
    """The kind of the medium at ``address``: image, video, audio, map or page."""
    parts = urlsplit(address)
    host = (parts.hostname or "").lower()
    path = parts.path.lower()
    if _on(host, _VIDEO_HOSTS):
        return "video"
    if _on(host, ("openstreetmap.org",)) or host.startswith("maps.google."):
        return "map"
    if host.startswith(("google.", "www.google.")) and path.startswith("/maps"):
        return "map"
    if _on(host, ("soundcloud.com",)) or path.endswith(_AUDIO_ENDINGS):
        return "audio"
    if path.endswith(_IMAGE_ENDINGS):
        return "image"
    return "page"


def _on(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


@dataclass
class MediaMaker:
    """Makes the pack's media records, and names the pictures to copy into it."""

    source_folder: Path | None
    languages: list[str]
    report: ConversionReport
    records: list[dict[str, Any]] = field(default_factory=list)
    pictures: dict[str, Path] = field(default_factory=dict)
    """Pack path (``media/x.png``) -> the picture file beside the source."""
    unstated: dict[str, int] = field(default_factory=dict)
    _ids: IdMaker = field(default_factory=lambda: IdMaker("media"))
    _made: dict[DraftMedia, str] = field(default_factory=dict)
    """The same medium named by several cards is one record."""

    def record(self, record: str, media: DraftMedia, title: str) -> str | None:
        """The id of the media record for ``media``; None (reported) when it cannot be one."""
        if media in self._made:
            return self._made[media]
        address = media.address.strip()
        remote = address.lower().startswith(("http://", "https://"))
        located = self._remote(record, address) if remote else self._picture(record, address)
        if located is None:
            return None
        media_id = self._ids.make(media.caption, title)
        entry: dict[str, Any] = {"id": media_id}
        if isinstance(located, tuple):
            path, suffix = located
            entry["file"] = f"media/{media_id}{suffix}"
            self.pictures[entry["file"]] = path
        else:
            entry.update(located)
        entry["credit"] = self._text(record, "media credit", media.credit, ATTRIBUTION)
        entry["licence"] = self._text(record, "media licence", "", ATTRIBUTION)
        caption = self._text(record, "media caption", media.caption, CAPTION)
        alt = self._text(record, "media alt", media.alt, CAPTION)
        entry["caption"] = {language: caption for language in self.languages}
        entry["alt"] = {language: alt for language in self.languages}
        self.records.append(entry)
        self._made[media] = media_id
        return media_id

    def note_placeholders(self) -> None:
        if not self.unstated:
            return
        counted = ", ".join(f"{name} ({n})" for name, n in self.unstated.items())
        self.report.note(
            f"Some media records say '{NOT_STATED}' where the source gives nothing: {counted}; "
            "fill them in before publishing."
        )

    def _text(self, record: str, name: str, text: str, rule: Any) -> str:
        fitted, changes = fit(text, rule)
        for change in changes:
            self.report.lose(record, name, change)
        if fitted is None:
            short = name.removeprefix("media ")
            self.unstated[short] = self.unstated.get(short, 0) + 1
            return NOT_STATED
        return fitted

    def _remote(self, record: str, address: str) -> dict[str, Any] | None:
        parts = urlsplit(address) if url_problem(address) is None else None
        if parts is None or not parts.netloc or len(address) > MAX_URL_CHARS:
            self.report.lose(
                record, "media", f"{cut(address, 120)!r} is not a web address the pack can hold"
            )
            return None
        return {"url": address, "kind": media_kind(address)}

    def _picture(self, record: str, address: str) -> tuple[Path, str] | None:
        """The picture file ``address`` names beside the source, and its suffix."""
        found = self._picture_file(address)
        if isinstance(found, str):
            shown = cut(" ".join(address.split()), 120)
            self.report.lose(record, "media", f"the media {shown!r} was dropped: {found}")
            return None
        return found

    def _picture_file(self, address: str) -> tuple[Path, str] | str:
        unreadable = "it is not a web address, nor a PNG or JPEG file in the source's folder"
        if self.source_folder is None or not address or "\\" in address or ":" in address:
            return unreadable
        relative = PurePosixPath(address)
        if relative.is_absolute() or ".." in relative.parts:
            return "a picture must lie inside the source's folder (no absolute path, no ..)"
        folder = self.source_folder.resolve()
        path = (folder / relative).resolve()
        if not path.is_relative_to(folder) or not path.is_file():
            return "there is no such file inside the source's folder"
        if path.stat().st_size > MAX_PICTURE_BYTES:
            return "the file is larger than the 64 MB a pack's picture may take"
        data = path.read_bytes()
        suffix = next((s for magic, s in _PICTURE_SUFFIXES.items() if data.startswith(magic)), "")
        if not suffix:
            return unreadable
        problem = image_problem(data)
        return str(problem) if problem else (path, suffix)
