"""Inquiries, quotes and open requests: how a company's need becomes supervised, paid work for students.

Its own app because an order is neither a page nor an account: it joins a
company (accounts) to a school (schools) over time, with a conversation, a
quote and an order lifecycle that both sides and, later, the statistics read.
Every message is stored before anything is sent; e-mail leaves from the outbox
(`outbox.py`) with retries, so a mail outage delays notifications and loses nothing.
"""
