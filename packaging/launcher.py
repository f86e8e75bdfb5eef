"""Entry point of the packaged app: the same `studio` command line as the pip-installed one."""

import multiprocessing
import sys

from studio.cli import main

if __name__ == "__main__":
    # A frozen app re-runs this file for any multiprocessing child; let those children work.
    multiprocessing.freeze_support()
    sys.exit(main())
