"""Evaluations of presslens components against gold annotations (``python -m presslens.eval NAME ...``)."""
