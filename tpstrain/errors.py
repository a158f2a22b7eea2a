"""Errors that reach users as one clear line (no traceback)."""


class TpsError(Exception):
    """A user mistake or bad input: the message is the whole story."""


class PolicyError(TpsError, ValueError):
    """A policy file that cannot be used; the message names the file, the rule and the field."""


class InputError(TpsError, ValueError):
    """A post, archive or option that cannot be checked."""
