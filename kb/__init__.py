"""Relier: a knowledge base of the know-how of social and medico-social practitioners."""

__version__ = "0.1.0"
