"""The Media page and what only it uses."""
