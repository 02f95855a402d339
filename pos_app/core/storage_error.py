"""The one error for a file of the till's that cannot be used (the queue, the journal).

Its own module so that what only reports it (the window's start, the commands) need not
load the queue's code to catch it.
"""


class StorageDamaged(Exception):
    """A file of the till's cannot be used; ``str()`` says what to do. Nothing was changed."""


class NotRecorded(StorageDamaged):
    """The queue's file could not be written while a redemption was on its way; ``str()``
    tells the cashier what it means for the redemption (it may have been applied)."""


class NotFound(KeyError):
    """An id the queue or the journal does not hold; ``str()`` says so and where to look."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"
