"""Search for companies: one query language for the website and the API.

`query` reads and validates what the visitor asked, `engine` answers it with
Elasticsearch when it is configured and reachable, else with the database
backend; `analysis` holds what each language needs for matching.
"""
