"""Entry point: `python -m invoicedesk` and the `invoicedesk` command.

With a command it runs the CLI; without one it opens the window. The window is imported only then, so the
CLI works on machines without a display or without Qt's system libraries.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from invoicedesk.cli.main import EXIT_USAGE, EXIT_USER_ERROR
from invoicedesk.cli.main import main as cli_main

HEADLESS_ADVICE = """\
This machine has no display, so the InvoiceDesk window cannot open.
Use the command line instead, for example:
  invoicedesk company add --name "My Company s.r.o." --country CZ
  invoicedesk import orders orders.csv
  invoicedesk orders list
  invoicedesk --help
or render the window off screen with QT_QPA_PLATFORM=offscreen."""


def has_display(environ: Mapping[str, str], platform: str) -> bool:
    if not platform.startswith("linux"):
        return True  # Windows and macOS always have a window system
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def launch_gui(args: argparse.Namespace) -> int:
    if not has_display(os.environ, sys.platform):
        print(HEADLESS_ADVICE, file=sys.stderr)
        return EXIT_USAGE
    try:
        from invoicedesk.ui.app import run
    except ImportError as exc:  # Qt or one of its system libraries is missing
        print(
            f"The InvoiceDesk window cannot start: {exc}.\n"
            "Reinstall InvoiceDesk, or on Linux install Qt's system libraries (libgl1, libegl1, "
            "libxkbcommon0, libfontconfig1, libdbus-1-3). The command line works without them: "
            "invoicedesk --help",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    return int(run(args))


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, launch_gui=launch_gui)


if __name__ == "__main__":
    sys.exit(main())
