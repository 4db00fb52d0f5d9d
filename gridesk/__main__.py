from gridesk.cli import main

raise SystemExit(main())
