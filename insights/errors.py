"""The few exceptions a user can meet, each with a one-line message.

The library raises these; the CLI and the dashboard turn them into one clear
line for the user. Anything else is a bug and may show a traceback.
"""


class InsightsError(Exception):
    """Base class: `str(error)` is the one line shown to the user."""


class UnreadableFile(InsightsError):
    """A file that cannot be read as a transcript or participants table."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


class StudyNotFound(InsightsError):
    def __init__(self, study: str, available: list[str]):
        self.study = study
        known = ", ".join(available) if available else "none yet"
        super().__init__(f"study {study!r} not found (studies: {known})")


class InvalidOption(InsightsError):
    """A value given by the user that the tool cannot use."""


class StoreError(InsightsError):
    """The database cannot be used right now: full disk, I/O error, locked too long, failed upgrade."""
