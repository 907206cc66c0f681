"""Build speed: every cache the generator keeps, and the second process of a cold build.

Nothing in the pipeline's stages imports this package. A stage that can reuse
work takes a ``remember`` function (``generator.linking.remember``); the faces
(``plugin.py``, ``cli.py``) choose what to hand it. Every cache only saves
work: the site built with it is the site built without it.
"""
