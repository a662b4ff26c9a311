"""presslens: turn folders of messy news-article exports into clean tables, and analyse them."""

from .corpus import Corpus, read_articles, read_corpus
from .notebook import open_corpus, save_table
from .reading import CorpusError

__version__ = "0.1.0"

__all__ = ["Corpus", "CorpusError", "open_corpus", "read_articles", "read_corpus", "save_table", "__version__"]
