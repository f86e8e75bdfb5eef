"""Sub-commands of the `studio` CLI, one module each."""
