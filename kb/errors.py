"""Exceptions raised by the library; only the CLI turns them into messages and exit codes."""


class KbError(Exception):
    """A problem the user can fix, with a French message."""


class UsageError(KbError):
    """The command was used wrongly (exit code 2)."""


class ContentError(KbError):
    """The content has errors that prevent the operation (exit code 1)."""
