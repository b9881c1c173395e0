from woo_tracker.cli import main

raise SystemExit(main())
