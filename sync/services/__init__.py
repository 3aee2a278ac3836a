"""Lectern's use cases, once, for every front end: the `lectern` command line and the player.

Each module is a set of plain blocking functions over `sync/` (no Qt, no printing, no
prompting): they take the profile's `DataPaths` (and the learner's store where the caller
already holds one, as the player's store lane does), check their input once and say what is
wrong in plain words (the `sync.errors` hierarchy), and return dataclass records. The CLI
parses, calls one service and prints; the player runs the same functions on its task lanes.

- `account`: sign in and out, who is signed in where, the connectivity probe; court IT's
  locked course server address wins everywhere.
- `bundles`: the publisher's tools (signing keys, building and checking bundles).
- `catalog`: what the course server offers, saved for offline days.
- `certificates`: the certificates a learner holds, a course's requirements checklist, and
  verifying a credential (JSON, printed PDF or a photo of its QR code) offline.
- `connection`: network budgets and the clients the other services talk through.
- `courses`: import, export, remove, list (the machine-wide store and the demo included).
- `diagnostics`: the zip court IT attaches to a support request.
- `downloads`: enqueue, pause, resume, cancel, upgrade and run course downloads.
- `forum`: a course's discussions, read and written locally.
- `profiles`: learner profiles and their PINs.
- `settings`: settings and trusted publishers, with court IT's locks.
- `study`: open a course or item, save progress, submit a quiz.
- `sync`: one sync pass, and the status of the changes waiting.

Nothing is imported here: each front end loads only the services (and the network or
signing stacks behind them) it uses.
"""
