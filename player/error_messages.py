"""Every error the data engine can raise, mapped to one plain-words message in one place.

The engine (`sync.errors`) raises typed errors with a `kind`; the UI never shows a traceback.
Each kind gets a sentence that says what happened and what the learner (a judge, a clerk) can
do about it.

The engine's own messages are already plain English and name the exact file ("This file is
damaged: “Lecture 2” (480p) does not match its checksum. …"). So: when the UI language has a
translation for the kind's sentence, that translation is the text and the engine's message is
kept as the detail for court IT; when it has none (an English UI), the engine's more specific
sentence is the text.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from sync.errors import (
    BundleError,
    BundleErrorKind,
    CancelledError,
    ConfigError,
    DiskFullError,
    DownloadError,
    HubError,
    HubErrorKind,
    KeyFileError,
    LecternError,
    NotInstalledError,
    StoreError,
)

log = logging.getLogger(__name__)

_CTX = "ErrorMessages"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `source` for translation in `context` and returns it unchanged, as Qt's does.

    Ours rather than PySide6.QtCore's because its stub (QtCore.pyi) types it `object -> object`,
    and these sources are strings passed to `_tr`. pyside6-lupdate finds the calls by this name."""
    return source

_BUNDLE_SOURCES: dict[BundleErrorKind, str] = {
    BundleErrorKind.CORRUPT: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This file is damaged or incomplete, so Lectern cannot open it. "
        "Ask court IT for a new copy."),
    BundleErrorKind.INVALID_MANIFEST: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The description inside this course file is wrong, so Lectern cannot use it. "
        "Ask court IT or the publisher for a corrected copy."),
    BundleErrorKind.UNSUPPORTED_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This is not a course this version of Lectern can open. It may need a newer "
        "Lectern: ask court IT."),
    BundleErrorKind.HASH_MISMATCH: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This file is damaged: part of the course does not match its checksum. "
        "Ask court IT for a new copy."),
    BundleErrorKind.MISSING_FILE: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This file is incomplete: part of the course is missing from it. "
        "Ask court IT for a new copy."),
    BundleErrorKind.UNEXPECTED_FILE: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This file contains things a course should not contain, so Lectern did not "
        "open it. Ask court IT for a new copy."),
    BundleErrorKind.UNSAFE_PATH: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This file tries to write outside its own folder, so Lectern refused it to keep "
        "this computer safe. Please tell court IT."),
    BundleErrorKind.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The description inside this course file is inconsistent: two parts share one "
        "name. Ask the publisher for a corrected copy."),
    BundleErrorKind.TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This course is larger than Lectern accepts. Ask court IT."),
    BundleErrorKind.UNSIGNED: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This course file is not signed, so Lectern cannot tell who made it and did not "
        "import it. Ask court IT for a signed copy, or to allow unsigned courses on this "
        "computer."),
    BundleErrorKind.UNTRUSTED_KEY: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This course is signed by a publisher this computer does not know, so Lectern did "
        "not import it. Ask court IT to add the publisher's key."),
    BundleErrorKind.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This course file was changed after its publisher signed it, so Lectern did not "
        "import it. Do not use this copy; ask court IT for a new one."),
    BundleErrorKind.UNSAFE_HTML: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A reading in this course contains unsafe content (scripts or links to web "
        "pages), so Lectern refused it. Ask the publisher for a corrected copy."),
    BundleErrorKind.OLDER_VERSION: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "A newer version of this course is already installed, so this copy was not "
        "imported. Your progress is unchanged."),
    BundleErrorKind.SOURCE: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The course folder is not complete or not correct; the details say what to fix."),
}

#: A file that is no course at all (not a zip, or a zip with no course description). The
#: engine reports these as CORRUPT (or UNEXPECTED_FILE for a zip of other things), which reads
#: as "your course is damaged": `import_message` says plainly what the file is instead.
_NOT_A_COURSE = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "This is not a Lectern course file. Lectern opens course files (ending in .lectern) that "
    "court IT or the course provider gives you.")
#: The engine's own kind for such a file, once it has one.
_NOT_A_COURSE_KIND: BundleErrorKind | None = getattr(BundleErrorKind, "NOT_A_COURSE", None)
if _NOT_A_COURSE_KIND is not None:
    _BUNDLE_SOURCES[_NOT_A_COURSE_KIND] = _NOT_A_COURSE

_HUB_SOURCES: dict[HubErrorKind, str] = {
    HubErrorKind.NETWORK: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The course server cannot be reached right now. Everything stays on this computer, "
        "and Lectern tries again by itself."),
    HubErrorKind.AUTH: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please sign in to the course server again. Nothing you did on this computer is lost."),
    HubErrorKind.FORBIDDEN: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The course server says you are not enrolled in this course. Ask your court's "
        "administrator to enrol you."),
    HubErrorKind.NOT_FOUND: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The course server no longer offers this course or this version of it."),
    HubErrorKind.SERVER: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The course server is having trouble. Lectern will try again later by itself."),
    HubErrorKind.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The course server is busy and asked Lectern to wait; it will try again by itself."),
    HubErrorKind.PROTOCOL: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The answer did not come from a Lectern course server. Check the course server "
        "address; if it is right, a proxy or a login page may be in the way: ask court IT."),
    HubErrorKind.CONFIG: QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The course server address or this computer's network settings (proxy, certificates) "
        "are not right. Check the address, or ask court IT."),
}

# Signing in: what went wrong, with the address tried on a line of its own ("%1") so that it
# never breaks inside, and which field the learner should correct (see `sign_in_problem`).
_WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "ErrorMessages", "The user name or password is wrong. Check them and try again.")
_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Type the address of your course server, for example courses.example.org")
_BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "This is not a course server address:\n%1\nType an address such as courses.example.org")
_NO_USER = QT_TRANSLATE_NOOP("ErrorMessages", "Type your user name.")
_SIGN_IN_UNREACHABLE = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "The course server cannot be reached at this address:\n%1\nCheck the address and that "
    "this computer is connected to the network, then try again.")
_SIGN_IN_NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "This address did not answer as a Lectern course server:\n%1\nCheck the address. If it "
    "is right, a proxy or a login page may be in the way: ask court IT.")
_SIGN_IN_CONFIG = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Lectern could not connect safely to the course server at this address:\n%1\nCheck the "
    "address. If it is right, this computer's network settings (proxy, certificates) need "
    "court IT.")
_SIGN_IN_FORBIDDEN = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "The course server does not let this user sign in. Check the user name, or ask your "
    "court's administrator.")
_SIGN_IN_SERVER = QT_TRANSLATE_NOOP(
    "ErrorMessages", "The course server is having trouble. Try again in a few minutes.")
_SIGN_IN_BUSY = QT_TRANSLATE_NOOP(
    "ErrorMessages", "The course server is busy. Wait a minute, then try again.")
_DOWNLOAD = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "The download cannot go on. The details say why; when you try again it resumes where it "
    "stopped.")

_CANCELLED = QT_TRANSLATE_NOOP("ErrorMessages", "Cancelled. Nothing was changed.")
_DISK_FULL = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "The disk is full, so nothing was changed. Free some space or ask court IT, then try again.")
_NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "This course is no longer installed on this computer. Import it again to study it; your "
    "progress was kept.")
_STORE = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Lectern could not use its data folder. Check that the disk is present and not full, or "
    "ask court IT.")
_KEY_FILE = QT_TRANSLATE_NOOP(
    "ErrorMessages", "A publisher key file is missing or damaged. Ask court IT.")
_CONFIG = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Lectern's settings file has a mistake in it. Ask court IT to correct it.")
_ENGINE = QT_TRANSLATE_NOOP("ErrorMessages", "Lectern could not do this.")
_NOT_FOUND = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Lectern cannot find this file. It may have been moved, or the USB stick was removed.")
_PERMISSION = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Lectern is not allowed to read or write this file. Ask court IT.")
_OS = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Lectern could not read or write a file. If the course is on a USB stick, check that it "
    "is still plugged in, then try again.")
_BUG = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Something went wrong inside Lectern. Your earlier work is saved. If it happens again, "
    "tell court IT what you were doing.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class UserMessage:
    """What the learner reads: the sentence to show, and the specifics for court IT."""

    text: str
    detail: str = ""

    def full_text(self) -> str:
        """The sentence, then the specifics on their own line when they add anything."""
        if not self.detail or self.detail.strip() == self.text.strip():
            return self.text
        return _tr("%1\n\nDetails: %2").replace("%1", self.text).replace("%2", self.detail)


def _engine_message(source: str, error: BaseException) -> UserMessage:
    """Translated kind sentence + engine detail, or the engine's own English sentence."""
    detail = (getattr(error, "message", "") or "").strip()
    translated = _tr(source)
    if translated == source and detail:
        return UserMessage(detail)
    return UserMessage(translated, detail)


def bundle_sentence(kind: BundleErrorKind) -> str:
    """The translated sentence for one bundle error kind (KeyError for an unmapped kind)."""
    return _tr(_BUNDLE_SOURCES[kind])


class SignInField(Enum):
    """The sign-in form's field a problem is about: the keyboard goes there."""

    ADDRESS = "address"
    USER = "user"
    PASSWORD = "password"
    NONE = "none"          # nothing to correct in the form (try again later)


@dataclass(frozen=True)
class SignInProblem:
    """What the sign-in form says (`message.text` may hold `url` on a line of its own) and
    which field it is about."""

    message: UserMessage
    field: SignInField
    url: str = ""


def _with_url(source: str, url: str) -> str:
    return _tr(source).replace("%1", url)


def sign_in_address_problem(text: str) -> SignInProblem:
    """The form's address is empty (`text` == "") or not an address at all."""
    if not text.strip():
        return SignInProblem(UserMessage(_tr(_NO_ADDRESS)), SignInField.ADDRESS)
    return SignInProblem(UserMessage(_with_url(_BAD_ADDRESS, text)), SignInField.ADDRESS,
                         text)


def sign_in_user_problem() -> SignInProblem:
    return SignInProblem(UserMessage(_tr(_NO_USER)), SignInField.USER)


def sign_in_problem(error: BaseException, url: str = "") -> SignInProblem:
    """A failed sign-in at `url`, in words, and the field to correct: the address when no
    course server answered there, the password when the server refused the name or password."""
    if isinstance(error, HubError):
        kind = error.kind
        if kind is HubErrorKind.AUTH:
            return SignInProblem(UserMessage(_tr(_WRONG_PASSWORD)), SignInField.PASSWORD)
        if kind is HubErrorKind.FORBIDDEN:
            return SignInProblem(UserMessage(_tr(_SIGN_IN_FORBIDDEN)), SignInField.USER)
        if kind is HubErrorKind.SERVER:
            return SignInProblem(UserMessage(_tr(_SIGN_IN_SERVER)), SignInField.NONE)
        if kind is HubErrorKind.RATE_LIMITED:
            return SignInProblem(UserMessage(_tr(_SIGN_IN_BUSY)), SignInField.NONE)
        if url:
            if kind is HubErrorKind.NETWORK:
                return SignInProblem(UserMessage(_with_url(_SIGN_IN_UNREACHABLE, url)),
                                     SignInField.ADDRESS, url)
            if kind in (HubErrorKind.PROTOCOL, HubErrorKind.NOT_FOUND):
                return SignInProblem(UserMessage(_with_url(_SIGN_IN_NOT_A_SERVER, url)),
                                     SignInField.ADDRESS, url)
            if kind is HubErrorKind.CONFIG:
                # The engine's words say which setting (certificate, proxy) for court IT.
                return SignInProblem(UserMessage(_with_url(_SIGN_IN_CONFIG, url),
                                                 (error.message or "").strip()),
                                     SignInField.ADDRESS, url)
        return SignInProblem(message_for(error), SignInField.ADDRESS)
    if isinstance(error, ConfigError):
        return SignInProblem(message_for(error), SignInField.ADDRESS)
    return SignInProblem(message_for(error), SignInField.NONE)


def sign_in_message(error: BaseException, url: str = "") -> UserMessage:
    """The message for a failed sign-in, where AUTH means a wrong name or password."""
    return sign_in_problem(error, url).message


def import_message(error: BaseException, *, not_a_course: bool = False) -> UserMessage:
    """The message for a failed import. `not_a_course`: the file is plainly no course file
    (the import dialog looked: not a zip, or a zip without a course description), so an
    engine "damaged" or "contains something a course does not" says what it is instead."""
    if isinstance(error, BundleError) and not_a_course and error.kind in (
            BundleErrorKind.CORRUPT, BundleErrorKind.UNEXPECTED_FILE):
        return UserMessage(_tr(_NOT_A_COURSE))
    return message_for(error)


def message_for(error: BaseException) -> UserMessage:
    """The plain-words message for any error a background task handed back."""
    if isinstance(error, BundleError):
        if error.kind is _NOT_A_COURSE_KIND:
            return UserMessage(_tr(_NOT_A_COURSE))
        return _engine_message(_BUNDLE_SOURCES[error.kind], error)
    if isinstance(error, HubError):
        return _engine_message(_HUB_SOURCES[error.kind], error)
    if isinstance(error, CancelledError):
        return UserMessage(_tr(_CANCELLED))
    for kind, source in ((DiskFullError, _DISK_FULL), (NotInstalledError, _NOT_INSTALLED),
                         (DownloadError, _DOWNLOAD),
                         (StoreError, _STORE), (KeyFileError, _KEY_FILE), (ConfigError, _CONFIG),
                         (LecternError, _ENGINE)):
        if isinstance(error, kind):
            return _engine_message(source, error)
    if isinstance(error, FileNotFoundError):
        return UserMessage(_tr(_NOT_FOUND), str(error))
    if isinstance(error, PermissionError):
        return UserMessage(_tr(_PERMISSION), str(error))
    if isinstance(error, OSError):
        return UserMessage(_tr(_OS), str(error))
    log.error("unexpected error shown to the user", exc_info=error)
    return UserMessage(_tr(_BUG), f"{type(error).__name__}: {error}")
