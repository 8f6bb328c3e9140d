"""What every rdu-ir command-line tool does around its work: turn errors into diagnostics.

`guarded_main("rdu-x", body, argv)` runs `body(argv)` and maps every failure to one message on
stderr and an exit status: a user's error (a diagnostic, a bad command line, input too deep or
too large for memory) is status 1 with the message; an internal error is one line naming the
exception (status 1), with the traceback only under `--debug`. Never a bare traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence

from xdsl.utils.exceptions import DiagnosticException, ParseError

from rdu_ir.chip import ChipError
from rdu_ir.diagnostics import RduError


class UsageError(Exception):
    """A bad command line; argparse's message is kept."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse that raises UsageError instead of exiting, so the tool reports it like any error."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def guarded_main(tool: str, body: Callable[[list[str]], int], argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        return body(argv)
    except UsageError as e:
        sys.stderr.write(f"{tool}: error: {e}\n(see {tool} --help)\n")
    except RduError as e:
        sys.stderr.write(str(e).rstrip() + "\n")
    except (DiagnosticException, ParseError, ChipError) as e:
        sys.stderr.write(f"error: {e}".rstrip() + "\n")
    except RecursionError:
        sys.stderr.write("error: the input nests too deeply to process\n")
    except MemoryError:
        sys.stderr.write("error: the input needs more memory than is available\n")
    except KeyboardInterrupt:
        return 130
    except SystemExit as e:  # argparse --help / --version
        return int(e.code or 0) if not isinstance(e.code, str) else 1
    except Exception as e:  # noqa: BLE001 - an internal error: one line unless --debug
        if debug:
            traceback.print_exc()
        else:
            sys.stderr.write(
                f"{tool}: internal error: {type(e).__name__}: {e} (rerun with --debug for the traceback)\n"
            )
    return 1
