"""``python -m dealrecord``: the command line of :mod:`dealrecord.cli`."""

import sys

from dealrecord.cli import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m dealrecord"))
