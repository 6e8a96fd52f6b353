"""Insights: supply, demand and unmet needs in figures and charts, for the public, authorities and schools.

Its own app because it owns no content of its own: it reads what the other
apps keep (pages, inquiries, the search log) plus one thing nobody else
needs, anonymous daily page-view counts, and turns them into figures. The
figures are computed together in one pass (`snapshot.py`) on a schedule, kept
in the database, and filtered in memory, so a chart never waits on a scan of
a million searches.
"""
