"""`python -m newsreader` runs the command line (the window by default)."""

from newsreader.app.cli import main

raise SystemExit(main())
