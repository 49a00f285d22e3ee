import sys

from newsbrief.cli.main import main

sys.exit(main())
