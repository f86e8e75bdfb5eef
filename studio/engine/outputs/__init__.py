"""Outputs: each destination muxes the shared encoded packets on its own thread."""
