"""Demo content for `manage.py load_demo`: fictional schools, categories and offerings in six languages."""
