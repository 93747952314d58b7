"""Pure stage logic: what each worker does to one message, with no I/O."""
