"""Students credited on offerings, and the consent that allows showing their names and photos publicly.

Its own app because consent is a legal record with its own lifecycle: it is
given, may be withdrawn, and is kept (never deleted) as the proof of what was
agreed, by whom and when.
"""
