"""People on the public site: accounts, their organisations and roles, favourites and saved searches.

Its own app, apart from `schools` and `home`, because an account is not a
page: companies, students, authorities and employment bodies have accounts
that never touch the admin, and a school's staff only reach the admin once
this app has recorded their approved request (see `schools.tenancy` for the
rights that follow). Keeping sign-up, e-mail confirmation and login rate
limiting here lets the page apps stay free of user handling.
"""
