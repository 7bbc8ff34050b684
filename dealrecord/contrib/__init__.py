"""Integrations with other libraries, each in a submodule of its own.

Nothing here is imported by ``import dealrecord``; a submodule imports the
library it integrates with, which its extra installs:

- :mod:`dealrecord.contrib.spacy`: the ``dealrecord_money`` pipeline
  component for spaCy (``pip install "dealrecord[spacy]"``);
- :mod:`dealrecord.contrib.arrow`: deals as Arrow tables and Parquet
  files (``pip install "dealrecord[arrow]"``);
- :mod:`dealrecord.contrib.plot`: deals as a timeline drawn with
  matplotlib (``pip install "dealrecord[plot]"``).
"""
