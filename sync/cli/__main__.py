"""`python -m sync.cli`: the same program as the `lectern` command."""
import sys

from sync.cli import main

sys.exit(main())
