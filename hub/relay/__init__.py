"""The court relay (issue #20): a spare court PC running the hub in relay mode.

A relay speaks the hub's protocol (docs/protocol.md) to the players on the court's LAN and
talks to one upstream hub over the court's thin link:

- `content`: catalog, signed manifests and blobs, fetched from the upstream once (resumably,
  one fetch per file whoever asks) or seeded from a bundle, then served on the LAN; players
  still check every signature (the relay is not trusted for content);
- `accounts`: judges sign in through the relay with their upstream accounts; a judge who
  signed in once online keeps working offline (a slow salted hash of the password the
  upstream accepted, and the relay's own tokens);
- `exchange` and `forwarder`: the judges' syncs are stored durably and acked at LAN speed,
  forwarded upstream in order per learner with the same event ids (exactly once upstream),
  and what the upstream answers (refusals, other courts' posts, certificates...) reaches each
  device through the relay's own per-device feed;
- `sync_files`: judges' sync files (USB sticks) imported on the relay go to the upstream,
  which signs their replies, or wait in the relay while the link is down;
- `store`: the relay's own SQLite database (not the hub's schema), WAL and fsync'd commits.

docs/relay.md is court IT's how-to.
"""
