"""NHS primary-care commissioning: typed values, validation and serialization.

Money is ``decimal.Decimal`` (pounds, exact), dates are ``datetime.date``, times are
``datetime.time``. Errors are ``ParseError`` / ``InputError`` (both ``ValueError``) carrying
the same message and location as the C++ library.
"""
from ._core import *  # noqa: F401,F403
from ._core import __version__, fixtures  # noqa: F401

import sys as _sys

# Make `import commissioning.fixtures` work as well as attribute access.
_sys.modules[__name__ + ".fixtures"] = fixtures
