"""The shared passes over a post, run once for every rule: fold, tokenize, patterns, the term table, and the
entities, phones, contacts, people and roles found in the text."""
