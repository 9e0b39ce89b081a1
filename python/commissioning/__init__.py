"""NHS primary-care commissioning: typed values, validation and serialization.

Money is ``decimal.Decimal`` (pounds, exact), dates are ``datetime.date``, times are
``datetime.time``. Errors are ``ParseError`` / ``InputError`` (both ``ValueError``) carrying
the same message and location as the C++ library.
"""
import sys as _sys

try:
    from ._core import *  # noqa: F401,F403
    from ._core import __version__, fixtures  # noqa: F401
except ModuleNotFoundError as _error:
    # The compiled module is named for the interpreter it was built for
    # (_core.cpython-311-x86_64-linux-gnu.so); another interpreter does not see it at all.
    import pathlib as _pathlib
    _built = sorted(p.name for p in _pathlib.Path(__file__).parent.glob("_core.*"))
    if not _built or _error.name != __name__ + "._core":
        raise
    raise ImportError(
        f"commissioning's compiled module was built for another interpreter ({', '.join(_built)}); "
        f"this is {_sys.implementation.cache_tag} at {_sys.executable}. Install the package with the "
        f"interpreter that will import it (docs/python.md).") from _error

# pydoc lists only what __all__ names when a package's classes live in a submodule (_core).
__all__ = sorted(n for n in dir(_core) if not n.startswith("_")) + ["__version__"]  # noqa: F405

# Make `import commissioning.fixtures` work as well as attribute access.
_sys.modules[__name__ + ".fixtures"] = fixtures


def _refuse_old_pickle_protocols():
    # pybind11's pickling needs protocol 2 or later; protocols 0 and 1 went through
    # copyreg._reconstructor, which aborted the interpreter (independent trial). Refuse them
    # with a Python exception instead.
    import pickle as _pickle

    def make(original):
        def __reduce_ex__(self, protocol):
            if protocol < 2:
                raise _pickle.PicklingError(
                    f"{type(self).__name__} pickles with protocol 2 or later (asked for protocol {protocol})")
            return original(self, protocol)
        return __reduce_ex__

    for name in dir(_core):  # noqa: F405
        cls = getattr(_core, name)  # noqa: F405
        if isinstance(cls, type) and "__setstate__" in vars(cls):
            cls.__reduce_ex__ = make(cls.__reduce_ex__)


_refuse_old_pickle_protocols()
