"""Translation workflows: what is translated, stale or missing, language by language.

Its own app because translating showcases is a routine of its own, with its
own people (translators per language) and its own questions ("what is out of
date in Latvian?") that cut across schools and offerings; wagtail-localize
does the translating, this app keeps the overview.
"""
