"""The doors to the outside world, one per promise: the only reader of the repository
(:mod:`.paths`), the only writer (:mod:`.files`), the only module that starts a program
(:mod:`.gitrun`) and the one mask for text that leaves for a reader (:mod:`.mask`, with the
BSN scan of :mod:`.bsn`). Everything else goes through them; contract tests keep it so."""
