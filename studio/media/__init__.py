"""The bottom layer: media values shared by capture, engine and overlays.

Clock (`clock.MasterClock`), frames and packets (`frames`), overlay layers (`layers`), the
source protocols and audio format (`sources`) and plane views (`planes`). Nothing here imports
any other part of studio except `studio.errors`; everything else may import it.
"""
