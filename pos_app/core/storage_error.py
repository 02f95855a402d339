"""The one error for a file of the till's that cannot be used (the queue, the journal).

Its own module so that what only reports it (the window's start, the commands) need not
load the queue's code to catch it.
"""


class StorageDamaged(Exception):
    """A file of the till's cannot be used; ``str()`` says what to do. Nothing was changed."""
